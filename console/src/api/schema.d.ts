// Generated from the gateway's OpenAPI document by `npm run api:client`. Do not edit.
export interface paths {
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动列表 / List activities (subtree, project, team) */
        get: operations["ActivitiesController_listActivities"];
        put?: never;
        /** 新建活动 / Create an activity at a tier node, under a project or team */
        post: operations["ActivitiesController_createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动详情 / An activity */
        get: operations["ActivitiesController_getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改活动 / Update an activity */
        patch: operations["ActivitiesController_updateActivity"];
        trace?: never;
    };
    "/api/v1/activities/{id}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布班次（可按 RRULE 重复）/ Publish a shift or a recurring series in one transaction */
        post: operations["ActivitiesController_createShifts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用激活码设置密码 / Activate an account with the one-time code and set a password */
        post: operations["AuthController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 手机号或用户名登录 / Log in with phone or username and password */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录，刷新令牌失效 / Log out: the refresh token stops working */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 换取新令牌（刷新令牌轮换）/ Exchange a refresh token for new tokens (rotated) */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau-officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 民政局督导账号列表（平台管理员）/ Bureau officers and the stations they supervise */
        get: operations["StationsController_listBureauOfficers"];
        put?: never;
        /** 开通民政局督导账号（平台管理员）/ Open a bureau officer’s account over several stations (platform admin) */
        post: operations["StationsController_createBureauOfficer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau-officers/{id}/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 调整督导的社工站（平台管理员）/ Replace the stations an officer supervises */
        put: operations["StationsController_setBureauOfficerStations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 民政局督导：所督导各站的汇总数字 / A bureau officer’s roll-up of the stations they supervise (counts only) */
        get: operations["OrganisationsController_bureauRollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau/stations/{stationId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 所督导社工站的民政局报表 / One supervised station’s bureau report */
        get: operations["OrganisationsController_bureauStationReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau/stations/{stationId}/report/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 所督导社工站的报表导出（PDF 或 XLSX）/ One supervised station’s report as PDF or XLSX */
        get: operations["OrganisationsController_bureauStationExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** iCal 订阅（公开，令牌即凭证）/ iCal feed (public: the token is the credential) */
        get: operations["VolunteerScheduleController_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{number}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证明 PDF（志愿者本人或辖区负责人）/ The certificate as PDF (the volunteer, leaders in subtree) */
        get: operations["CertificatesController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{number}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销证明 / Revoke a certificate (leaders in subtree); the public check then says so */
        post: operations["CertificatesController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开核验证明（无需登录）/ Public check: what it certifies and whether it still stands */
        get: operations["CertificatesController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 在节点授予角色（含下级）/ Grant a role at a node (covers its subtree) */
        post: operations["GrantsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销授权 / Revoke a grant */
        delete: operations["GrantsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待审核队列（本辖区）/ The pending queue (or another status) in your subtree, paged */
        get: operations["HoursController_list"];
        put?: never;
        /** 负责人补录班次外的服务 / A leader records service outside a shift (pending) */
        post: operations["HoursController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hours/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过（可延长超出班次的时长）/ Approve an entry; `minutes` extends it beyond the shift length */
        post: operations["HoursController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hours/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请更正（追加一条关联记录，原记录不变）/ Ask for a correction: a new linked entry, the old one unchanged */
        post: operations["HoursController_requestCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hours/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回 / Reject an entry with a reason */
        post: operations["HoursController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hours/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量审核通过 / Approve many entries; the outcome of each id is reported */
        post: operations["HoursController_approveMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hours/corrections/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接受更正（更正记录取代原记录）/ Accept a correction: it counts in place of the old entry */
        post: operations["HoursController_acceptCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hours/corrections/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 拒绝更正 / Refuse a correction (the old entry stands) */
        post: operations["HoursController_refuseCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hours/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按志愿者/队伍/项目/村导出时长 / Hours by volunteer, team, project or village as CSV or XLSX */
        get: operations["HoursController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hours/export/national": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出全国志愿服务信息系统格式（站长；含完整证件号码，逐人记入审计）/ Volunteers and approved records in the national volunteer information system’s import format (station head; full ID numbers, each audited) */
        get: operations["HoursController_exportNational"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hours/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本站时长设置 / The station’s hours settings (share rule, star thresholds, certificate issuer) */
        get: operations["HoursController_settings"];
        /** 修改本站时长设置（站长）/ Change the station’s hours settings (station head) */
        put: operations["HoursController_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户、授权与志愿者档案 / The current user, grants and linked volunteer */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的通知（最新在前）/ My notifications, newest first */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读 / Mark a notification read */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织列表 / List organisations (subtree, type, status, search) */
        get: operations["OrganisationsController_list"];
        put?: never;
        /** 登记组织 / Register a community organisation */
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织详情与状态历史 / An organisation with its status history */
        get: operations["OrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改组织信息 / Update an organisation (status has its own endpoint) */
        patch: operations["OrganisationsController_update"];
        trace?: never;
    };
    "/api/v1/organisations/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 变更组织状态（留痕）/ Change status with reason and effective date, kept as history */
        post: operations["OrganisationsController_changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/growth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织发展趋势 / Organisation growth per period by type, tier, status or community */
        get: operations["OrganisationsController_growth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目列表 / List projects (subtree, domain) */
        get: operations["ActivitiesController_listProjects"];
        put?: never;
        /** 新建项目 / Create a project in one of the four service domains */
        post: operations["ActivitiesController_createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/bureau": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 民政局月报/年报：组织、志愿者、时长、活动与证明 / The monthly or yearly report for the civil affairs bureau */
        get: operations["OrganisationsController_bureauReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/bureau/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 民政局报表导出（A4 PDF 或 XLSX）/ The bureau report as a printable PDF or XLSX */
        get: operations["OrganisationsController_bureauReportExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 村级覆盖：期内每个村的组织、志愿者、队伍、活动、时长与服务对象 / Every village with what it holds and did in the period */
        get: operations["OrganisationsController_villageCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/coverage/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 村级覆盖导出（XLSX 或 CSV）/ Village coverage as XLSX or CSV */
        get: operations["OrganisationsController_villageCoverageExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 班次列表；eligibleFor=me 为“我能报名的班次” / Shifts; eligibleFor=me lists those you can sign up for */
        get: operations["ShiftsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 班次详情 / A shift */
        get: operations["ShiftsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改班次，scope=following 同时修改系列中其后的班次 / Edit a shift, or it and the rest of its series */
        patch: operations["ShiftsController_update"];
        trace?: never;
    };
    "/api/v1/shifts/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签到：负责人直接签到，志愿者凭 6 位签到码 / Check in: leaders directly, volunteers with the code */
        post: operations["ShiftsController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}/check-in-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 签到码与二维码（SVG 图片）/ The shift’s check-in code and its QR code as an image (leaders) */
        get: operations["ShiftsController_checkInCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}/check-in-sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印签到单（A4 PDF：二维码与签到码）/ The check-in sheet to print: QR code and code on A4 (leaders) */
        get: operations["ShiftsController_checkInSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签退，生成待审核时长 / Check out; records attendance for the hours ledger */
        post: operations["ShiftsController_checkOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 给名单上所有人发通知 / Message everyone on the roster */
        post: operations["ShiftsController_message"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 班次名单：确认、候补、已签到、缺席 / Roster: confirmed, waitlisted, checked in, no-show */
        get: operations["ShiftsController_roster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报名；满员则进入候补 / Sign up; a full shift waitlists */
        post: operations["ShiftsController_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}/signups/{volunteerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消报名；首位仍符合条件的候补自动递补 / Cancel; the first waitlisted who still fits is promoted */
        delete: operations["ShiftsController_cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社工站列表 / Stations you can see */
        get: operations["StationsController_list"];
        put?: never;
        /** 开通社工站（平台管理员）/ Open a station with its root node and first head (platform admin) */
        post: operations["StationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations/{stationId}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 通过站点报名链接自助登记（无需登录）/ Self-register through a station’s join link (public)
         * @description Pending until a leader at the node confirms; the account is active with the chosen password. Throttled per address.
         */
        post: operations["VolunteersController_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务队列表 / List teams (subtree, organisation, status, search) */
        get: operations["TeamsController_list"];
        put?: never;
        /** 成立志愿服务队 / Create a volunteer team at a tier node */
        post: operations["TeamsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务队详情 / A team */
        get: operations["TeamsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改或解散服务队 / Update a team; status dissolved ends every membership */
        patch: operations["TeamsController_update"];
        trace?: never;
    };
    "/api/v1/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 队员名册 / Roster: current members, or with include=all every past stint */
        get: operations["TeamsController_members"];
        put?: never;
        /** 队员入队 / Add a member or leader (leads in the subtree, or a leader of this team) */
        post: operations["TeamsController_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/members/{volunteerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 队员离队（保留历史）/ Remove a member; the stint stays in the history */
        delete: operations["TeamsController_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新建社区或村节点 / Create a community or village node */
        post: operations["TiersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 节点详情 / A tier node */
        get: operations["TiersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 重命名节点 / Rename a node or change its code */
        patch: operations["TiersController_update"];
        trace?: never;
    };
    "/api/v1/tiers/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 层级树 / The tier tree you can see, with organisation counts */
        get: operations["TiersController_tree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 您管理范围内有授权的账号 / Accounts with a grant in your subtree */
        get: operations["UsersController_list"];
        put?: never;
        /** 登记账号，返回一次性激活码 / Register an account; returns its one-time activation code */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 志愿者查询 / Search volunteers in your subtree (name, phone tail, skill, team, age band, status)
         * @description `teamId` finds the current members of a team (志愿服务队, `/teams/{id}/members`); membership changes reach this search through events, within moments. `teamName` matches the team name recorded on the profile at import.
         */
        get: operations["VolunteersController_list"];
        put?: never;
        /** 实名登记志愿者 / Register a volunteer (real name) at a tier node; returns an activation code */
        post: operations["VolunteersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 志愿者详情 / A volunteer (ID number masked; ?reveal=idNumber reads it in full and is audited)
         * @description 完整证件号仅站长与本人可读，每次读取记入审计日志 / Full reads: station head and the volunteer; every one audited.
         */
        get: operations["VolunteersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改志愿者信息 / Update a volunteer (volunteers: own skills and available times only) */
        patch: operations["VolunteersController_update"];
        trace?: never;
    };
    "/api/v1/volunteers/{id}/calendar-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 私密 iCal 订阅地址 / The volunteer’s private iCal feed URL */
        get: operations["VolunteerScheduleController_calendarLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 出具志愿服务证明 / Issue a certificate for a period (the volunteer, or a leader for them) */
        post: operations["CertificatesController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认自助报名的志愿者 / Confirm a self-registered (pending) volunteer */
        post: operations["VolunteersController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿者时长、星级与记录 / A volunteer’s approved and pending minutes, star level and every entry */
        get: operations["HoursController_volunteerHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的班次（确认与候补）/ A volunteer’s confirmed and waitlisted shifts */
        get: operations["VolunteerScheduleController_shifts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿者所在服务队（含历史）/ A volunteer’s teams, current and past */
        get: operations["VolunteerTeamsController_teams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量导入志愿者（CSV / XLSX）/ Import volunteers from CSV or XLSX
         * @description Columns: 姓名, 性别, 身份证号, 手机号, 所属村/社区, 技能, 志愿服务队 (optional 监护人姓名, 监护人手机号, 监护人关系). Raw body (text/csv or the XLSX type) or multipart/form-data with one file; up to 20 MB. Rows are matched by ID number: a second run of the same file creates nothing. `dryRun=true` reports without writing.
         */
        post: operations["VolunteersController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入进度 / Progress of an import (processed of total) */
        get: operations["VolunteersController_importStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/recruiters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 推荐人排行 / Top recruiters: who brought the most volunteers in */
        get: operations["VolunteersController_recruiters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各服务就绪状态 / Readiness of the gateway and each service */
        get: operations["HealthController_readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 网关进程存活（不检查依赖）/ Liveness: the gateway process answers, no dependency asked */
        get: operations["HealthController_liveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActivateDto: {
            /**
             * @description 负责人提供的一次性激活码 / one-time code from your leader
             * @example 482913
             */
            code: string;
            /** @example MyPass2021 */
            password: string;
            /** @example 13900000001 */
            phone: string;
        };
        ActivityDto: {
            createdAt: string;
            description: string | null;
            endsAt: string;
            /** Format: uuid */
            id: string;
            location: string;
            minAge: number | null;
            /** @enum {string|null} */
            projectDomain: "social_assistance" | "elderly_care" | "child_care" | "community_governance" | null;
            /** Format: uuid */
            projectId: string | null;
            /** @enum {string} */
            riskLevel: "low" | "medium" | "high";
            startsAt: string;
            /** Format: uuid */
            teamId: string | null;
            /** Format: uuid */
            tierNodeId: string;
            title: string;
            updatedAt: string;
        };
        ActivityPage: {
            items: components["schemas"]["ActivityDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AddTeamMemberDto: {
            /** @enum {string} */
            role: "member" | "leader";
            /** Format: uuid */
            volunteerId: string;
        };
        ApproveHoursDto: {
            /** @description 负责人延长：超过班次时长的实际分钟数，最多到签到签退间的实际分钟 / a leader’s extension beyond the shift length, up to the actual minutes */
            minutes?: number;
        };
        AttendanceDto: {
            /** Format: uuid */
            attendanceId: string;
            checkedInAt: string;
            checkedOutAt: string | null;
            /** @description 签到到签退的分钟数 / minutes between check-in and check-out */
            minutes?: number;
            /** Format: uuid */
            shiftId: string;
            /** Format: uuid */
            volunteerId: string;
        };
        BulkApproveDto: {
            ids: string[];
        };
        BulkApproveOutcome: {
            code?: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            outcome: "approved" | "already_decided" | "not_found" | "forbidden" | "not_pending";
        };
        BulkApproveResult: {
            approved: number;
            results: components["schemas"]["BulkApproveOutcome"][];
        };
        BureauCommunityRow: {
            /** @description 期内开展活动 / activities held */
            activities: number;
            /** @description 期内核定时长（小时）/ approved hours */
            approvedHours: number;
            /** Format: uuid */
            communityId: string;
            /** @example 九龙社区 */
            name: string;
            /** @description 期内招募 / recruited in the period */
            recruited: number;
            /** @description 其中未成年人 / of whom minors */
            recruitedMinors: number;
            /** @description 期末在册志愿者 / volunteers on the books */
            volunteers: number;
        };
        BureauDomainRow: {
            hours: number;
            /** @example elderly_care */
            key: string;
            /** @example 养老服务 */
            label: string;
            minutes: number;
        };
        BureauGrowthRow: {
            /** @description 期末在册 / on the registry at the period’s end */
            count: number;
            /** @description 期内注销 / dissolved in the period */
            dissolved: number;
            /** @example volunteer_team */
            key: string;
            /** @example 志愿服务队 */
            label: string;
            /** @description 期内新纳入 / joined in the period */
            new: number;
        };
        BureauHours: {
            approvedHours: number;
            approvedMinutes: number;
            /** @description 按服务领域 / by service domain */
            byDomain: components["schemas"]["BureauDomainRow"][];
            peopleServed: number;
            /** @description 期内有核定时长的志愿者（按村计）/ volunteers with approved hours, counted per village */
            servingVolunteers: number;
        };
        BureauOfficerDto: {
            stations: components["schemas"]["SupervisedStationDto"][];
            user: components["schemas"]["UserDto"];
        };
        BureauOrganisations: {
            /** @description 按状态 / by status */
            byStatus: components["schemas"]["BureauGrowthRow"][];
            /** @description 按层级 / by tier */
            byTier: components["schemas"]["BureauGrowthRow"][];
            /** @description 按类型 / by type */
            byType: components["schemas"]["BureauGrowthRow"][];
            dissolved: number;
            new: number;
            total: number;
        };
        BureauPeriod: {
            /** @example 2021-11-01 */
            from: string;
            /** @enum {string} */
            kind: "month" | "year";
            /** @example 2021年11月 */
            label: string;
            /** @example 2021-11-30 */
            to: string;
        };
        BureauReport: {
            /** @description 期内开展活动 / activities held */
            activitiesHeld: number;
            /** @description 按社区 / by community */
            byCommunity: components["schemas"]["BureauCommunityRow"][];
            /** @description 期内出具的志愿服务证明 / certificates issued */
            certificatesIssued: number;
            generatedAt: string;
            hours: components["schemas"]["BureauHours"];
            organisations: components["schemas"]["BureauOrganisations"];
            period: components["schemas"]["BureauPeriod"];
            /** @description 期内开展班次 / shifts held */
            shiftsHeld: number;
            /** @example 九龙街道社工站 */
            station: string;
            volunteers: components["schemas"]["BureauVolunteers"];
        };
        BureauRollup: {
            period: components["schemas"]["BureauPeriod"];
            stations: components["schemas"]["BureauRollupRow"][];
            /** @description 各站合计（stationId 为空）/ all stations summed */
            totals: components["schemas"]["BureauRollupRow"];
        };
        BureauRollupRow: {
            /** @description 开展活动 / activities held */
            activitiesHeld: number;
            /** @description 核定时长（小时）/ approved hours */
            approvedHours: number;
            /** @description 出具证明 / certificates issued */
            certificatesIssued: number;
            /** @example 九龙街道社工站 */
            name: string;
            /** @description 期内新增组织 / organisations joined in the period */
            newOrganisations: number;
            /** @description 期末在册组织 / organisations on the registry at the period’s end */
            organisations: number;
            /** @description 服务对象人次 / people served */
            peopleServed: number;
            /** @description 期内招募 / recruited in the period */
            recruited: number;
            /** @description 其中未成年人 / of whom minors */
            recruitedMinors: number;
            /** @example 山东省潍坊市坊子区九龙街道 */
            region: string;
            /** Format: uuid */
            stationId: string;
            /** @description 村（居）数 / villages */
            villages: number;
            /** @description 期内已覆盖的村 / villages reached in the period */
            villagesReached: number;
            /** @description 在册志愿者 / volunteers on the books */
            volunteers: number;
        };
        BureauVolunteers: {
            /** @description 期内招募 / recruited in the period */
            recruited: number;
            recruitedAdults: number;
            recruitedMinors: number;
            /** @description 期末在册 / on the books at the period’s end */
            total: number;
        };
        CalendarLinkDto: {
            /**
             * @description 私密订阅地址，勿外传 / private feed URL: keep it secret
             * @example /api/v1/calendar/Jx3…q.ics
             */
            url: string;
        };
        CancelResultDto: {
            /**
             * Format: uuid
             * @description 递补确认的志愿者 / the waitlisted volunteer promoted
             */
            promotedVolunteerId: string | null;
            /** Format: uuid */
            shiftId: string;
            /** @enum {string} */
            status: "cancelled";
            /** Format: uuid */
            volunteerId: string;
        };
        CertificateIssuedDto: {
            approvedMinutes: number;
            hours: number;
            issuedAt: string;
            /** @example JL-2021-000123 */
            number: string;
            /** @example /api/v1/certificates/JL-2021-000123.pdf */
            pdfUrl: string;
            periodFrom: string | null;
            periodTo: string;
            /** @example 7K3QH2M9XW4C */
            verificationCode: string;
            /** @example /api/v1/certificates/verify/7K3QH2M9XW4C */
            verifyUrl: string;
        };
        CertificateVerificationDto: {
            approvedMinutes: number;
            hours: number;
            /** @example 2021-11-30 */
            issuedOn: string;
            issuer: string;
            /** @example JL-2021-000123 */
            number: string;
            periodFrom: string | null;
            periodTo: string;
            revokedOn?: string;
            revokedReason?: string;
            /** @enum {string} */
            status: "valid" | "revoked" | "superseded";
            supersededBy?: string;
            /**
             * @description 姓名（掩码）/ name, masked
             * @example 陈*愿
             */
            volunteerName: string;
        };
        ChangeOrganisationStatusDto: {
            /**
             * @description 生效日期 / effective date
             * @example 2021-09-01
             */
            effectiveOn: string;
            /** @example 完成民政备案 */
            reason: string;
            /** @enum {string} */
            status: "incubating" | "active" | "registered" | "dormant" | "dissolved";
        };
        CheckInCodeDto: {
            /**
             * @description 扫码打开的签到地址（网关地址可知时）/ the console address the QR image opens, when the host is known
             * @example https://linli.example/#/my?checkin=<shiftId>&code=482913
             */
            checkInUrl?: string;
            /** @description 自助签到关闭 / self check-in closes */
            closesAt: string;
            /** @example 482913 */
            code: string;
            /** @description 自助签到开放 / self check-in opens */
            opensAt: string;
            /**
             * @description 二维码内容 / what the QR code encodes
             * @example linli:checkin:<shiftId>:482913
             */
            qrPayload: string;
            /** @description 二维码图片（SVG），编码签到地址，否则编码 qrPayload / the QR code as SVG: checkInUrl when present, else qrPayload */
            qrSvg: string;
            /** Format: uuid */
            shiftId: string;
        };
        CheckInDto: {
            /**
             * @description 志愿者自助签到用的 6 位签到码 / the shift’s 6-digit code, for self check-in
             * @example 482913
             */
            code?: string;
            /** Format: uuid */
            volunteerId: string;
        };
        CheckOutDto: {
            /** Format: uuid */
            volunteerId: string;
        };
        CoverageFigures: {
            /** @description 其中活跃（培育、活跃、已登记）/ of which active (incubating, active, registered) */
            activeOrganisations: number;
            /** @description 期内开展的活动 / activities held in the period */
            activities: number;
            /** @description 期内核定的服务时长（小时）/ approved service hours */
            approvedHours: number;
            /** @description 期内核定的服务时长（分钟）/ approved service minutes in the period */
            approvedMinutes: number;
            /** @description 其中休眠 / of which dormant */
            dormantOrganisations: number;
            /** @description 在册组织（不含已注销）/ organisations on the registry, dissolved excluded */
            organisations: number;
            /** @description 期内服务对象人次（按记录中“服务对象”的数字合计）/ people served, the numbers recorded in the entries’ recipients */
            peopleServed: number;
            /** @description 期内有核定时长的志愿者 / volunteers with approved hours */
            servingVolunteers: number;
            /** @description 期内开展的班次 / shifts held in the period */
            shifts: number;
            /** @description 在岗志愿队 / active teams */
            teams: number;
            /** @description 在册志愿者（待审核与在岗）/ volunteers, pending and active */
            volunteers: number;
        };
        CoverageReport: {
            /** @example 2026-01-01 */
            from: string;
            /** @example 2026-12-03 */
            to: string;
            /** @description 所列各村合计 / the villages listed, summed */
            totals: components["schemas"]["CoverageFigures"];
            /** @description 期内未覆盖的村 / villages not reached in the period */
            unreached: number;
            villages: components["schemas"]["VillageCoverageDto"][];
        };
        CreateActivityDto: {
            description?: string;
            /** @example 2021-12-31T17:00:00+08:00 */
            endsAt: string;
            /** @example 九龙街道便民服务大厅 */
            location: string;
            minAge?: number;
            /** Format: uuid */
            projectId?: string;
            /**
             * @description high = 有受伤风险，需意外保险 / injury risk, insurance required
             * @enum {string}
             */
            riskLevel: "low" | "medium" | "high";
            /** @example 2021-12-06T09:00:00+08:00 */
            startsAt: string;
            /**
             * Format: uuid
             * @description 组织活动的志愿服务队 / the team running it
             */
            teamId?: string;
            /** Format: uuid */
            tierNodeId: string;
            /** @example 消防安全进农户 */
            title: string;
        };
        CreateBureauOfficerDto: {
            /** @example 张科长 */
            name: string;
            /** @example 13800000106 */
            phone: string;
            /** @description 所督导的社工站 / the stations the officer supervises (at least one, at most 50) */
            stationIds: string[];
        };
        CreatedBureauOfficerDto: {
            /** @description 首次登录用的一次性激活码 / one-time activation code */
            activationCode: string;
            stations: components["schemas"]["SupervisedStationDto"][];
            user: components["schemas"]["UserDto"];
        };
        CreatedShifts: {
            items: components["schemas"]["ShiftDto"][];
            /** Format: uuid */
            seriesId: string | null;
        };
        CreatedStationDto: {
            /** @description 站长首次登录用的一次性激活码 / one-time activation code for the head */
            activationCode: string;
            createdAt: string;
            head: components["schemas"]["UserDto"];
            /** Format: uuid */
            id: string;
            name: string;
            region: string;
            /** Format: uuid */
            rootNodeId: string;
            timezone: string;
        };
        CreatedUserDto: {
            /** @description 交给本人用于激活账号的一次性激活码，72 小时有效 / one-time activation code, valid 72 h */
            activationCode: string;
            grants: components["schemas"]["GrantDto"][];
            /** Format: uuid */
            id: string;
            name: string;
            /** @description 掩码手机号 / masked phone */
            phone: string | null;
            /** @enum {string} */
            status: "active" | "pending_activation" | "disabled";
            username: string | null;
            volunteerId: string | null;
        };
        CreateGrantDto: {
            /** @enum {string} */
            role: "station_head" | "community_lead" | "village_lead" | "team_leader" | "volunteer";
            /** Format: uuid */
            tierNodeId: string;
            /** Format: uuid */
            userId: string;
        };
        CreateHoursEntryDto: {
            /** Format: uuid */
            activityId?: string;
            /** @example 入户探访困难家庭 */
            activityTitle?: string;
            /** @example 为独居老人送安全头盔并讲解交通安全 */
            content: string;
            /**
             * @description 服务日期 / service date
             * @example 2021-11-20
             */
            date: string;
            /** @description 实际服务时长（分钟，不含路途）/ actual service minutes, travel excluded */
            minutes: number;
            /** @example 九龙街道北村 */
            place: string;
            /** @example 独居老人 12 户 */
            recipients: string;
            /** Format: uuid */
            shiftId?: string;
            /**
             * Format: uuid
             * @description 服务所在节点；默认取志愿者所在节点 / where the service was done; defaults to the volunteer’s node
             */
            tierNodeId?: string;
            /** Format: uuid */
            volunteerId: string;
        };
        CreateOrganisationDto: {
            /** @example 13805361234 */
            contact?: string;
            description?: string;
            /**
             * @description 成立日期 / founding date
             * @example 2021-03-15
             */
            foundedOn: string;
            /**
             * @description 纳入社工站名录日期，默认今天 / joined the registry; defaults to today
             * @example 2021-06-20
             */
            joinedOn?: string;
            /** @example 王秀英 */
            leader?: string;
            memberCount?: number;
            /** @example 九龙街道夕阳红志愿服务队 */
            name: string;
            /**
             * @default incubating
             * @enum {string}
             */
            status: "incubating" | "active" | "registered" | "dormant";
            /**
             * Format: uuid
             * @description 所在层级节点 / tier node the organisation belongs to
             */
            tierNodeId: string;
            /** @enum {string} */
            type: "volunteer_team" | "elderly_association" | "culture_sports" | "caring_enterprise" | "caring_individuals" | "mutual_aid" | "other";
        };
        CreateProjectDto: {
            description?: string;
            /** @enum {string} */
            domain: "social_assistance" | "elderly_care" | "child_care" | "community_governance";
            /** @example 九龙夕阳红 */
            name: string;
            /** Format: uuid */
            tierNodeId: string;
        };
        CreateShiftsDto: {
            /** @description 开始前多少分钟后不可自行取消 / self-cancel closes this many minutes before the start */
            cancelCutoffMinutes?: number;
            capacity: number;
            /** @example 2021-12-06T12:00:00+08:00 */
            endsAt: string;
            /**
             * @description 系列中跳过的日期（站点时区，如春节）/ local dates a series skips (e.g. the Spring Festival), as EXDATE: COUNT counts them before they are left out
             * @example [
             *       "2027-02-06"
             *     ]
             */
            exceptDates?: string[];
            /**
             * @description RFC 5545 RRULE, expanded in the station time zone: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL, COUNT or UNTIL (one required), BYDAY (ordinals such as 1SA, -1FR in monthly and yearly rules), BYMONTHDAY, BYMONTH, BYSETPOS, BYYEARDAY, BYWEEKNO, WKST; at most 366 shifts. 每月第一个周六: FREQ=MONTHLY;BYDAY=1SA;COUNT=12
             * @example FREQ=MONTHLY;BYDAY=1SA;COUNT=12
             */
            recurrence?: string;
            /**
             * @example [
             *       "first_aid"
             *     ]
             */
            requiredSkills?: string[];
            /** @example 轮值志愿者 */
            role?: string;
            /** @description 报名开放时间（每个班次相对开始时间同样提前）/ sign-up opening; in a series, the same lead before each shift */
            signupOpensAt?: string;
            /**
             * @description 首个班次开始 / start of the (first) shift
             * @example 2021-12-06T09:00:00+08:00
             */
            startsAt: string;
        };
        CreateStationDto: {
            head: components["schemas"]["StationHeadDto"];
            /** @example 南湖街道社工站 */
            name: string;
            /** @example 吉林省长春市南关区南湖街道 */
            region: string;
            /**
             * @default Asia/Shanghai
             * @example Asia/Shanghai
             */
            timezone: string;
        };
        CreateTeamDto: {
            description?: string;
            /** @example 九龙街道小龙人学生志愿服务队 */
            name: string;
            /**
             * Format: uuid
             * @description 所属社区社会组织 / organisation the team belongs to
             */
            organisationId?: string;
            /**
             * Format: uuid
             * @description 所属层级节点 / tier node the team belongs to
             */
            tierNodeId: string;
        };
        CreateTierNodeDto: {
            /** @example 370704-JL-01 */
            code?: string;
            /** @enum {string} */
            level: "community" | "village";
            /** @example 北王社区 */
            name: string;
            /**
             * Format: uuid
             * @description 上级节点 / parent node
             */
            parentId: string;
        };
        CreateUserDto: {
            /** @example 王丽 */
            name: string;
            /** @example 13900000002 */
            phone: string;
            /** @example wangli */
            username?: string;
        };
        FieldProblem: {
            /** @example FIELD.IS_NOT_EMPTY */
            code: string;
            /** @example name */
            field: string;
            message: string;
        };
        GrantDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "platform_admin" | "station_head" | "community_lead" | "village_lead" | "team_leader" | "volunteer" | "bureau_officer";
            /** @description 授权节点 / node the role covers (with its subtree) */
            tierNodeId: string;
            tierNodeName?: string;
        };
        GrowthPoint: {
            /** @description 期末在册数 / count at the end of the period */
            count: number;
            /** @description 本期注销 / dissolved during the period */
            dissolved: number;
            /** @example volunteer_team */
            key: string;
            /** @description 本期新纳入 / joined during the period */
            new: number;
            /** @example 2021-11 */
            period: string;
        };
        GrowthReport: {
            by: string;
            from: string;
            interval: string;
            /** @description 键的中文名 / Chinese label per key */
            labels: {
                [key: string]: string;
            };
            series: components["schemas"]["GrowthPoint"][];
            to: string;
        };
        GuardianDto: {
            /** @description 监护人已同意（书面同意书已存档）/ the guardian has consented (form on file) */
            consentGiven: boolean;
            /** @example 李红 */
            name: string;
            /** @example 13905361234 */
            phone: string;
            /**
             * @description 与志愿者关系 / relation to the volunteer
             * @example 母亲
             */
            relation: string;
        };
        GuardianView: {
            consentAt: string | null;
            consentGiven: boolean;
            name: string;
            /** @description 掩码，除非 reveal=guardianPhone / masked unless revealed */
            phone: string;
            relation: string;
        };
        HealthReport: {
            /** @description 每项检查的结果（各服务、NATS 连接、内存、磁盘）/ each check by name (every service, the NATS connection, heap, disk): `{ status: up or down, … }` */
            details?: Record<string, never>;
            nats?: components["schemas"]["NatsHealth"];
            /** @description 每个服务的每个副本 / every replica of every service that answered the roll call */
            replicas?: components["schemas"]["InstanceHealth"][];
            services: components["schemas"]["ServiceHealth"][];
            /** @enum {string} */
            status: "ready" | "degraded";
        };
        HoursEntryDto: {
            activity: string | null;
            activityId: string | null;
            actualMinutes: number | null;
            approvedBy: string | null;
            attendedShare: number | null;
            checkedInAt: string | null;
            checkedOutAt: string | null;
            content: string | null;
            /**
             * Format: uuid
             * @description 被更正的记录 / the entry this corrects
             */
            correctionOf?: string;
            /** @description 更正理由 / why a correction was asked */
            correctionReason?: string;
            /** @description 计入的分钟数 / minutes that count toward the total */
            countedMinutes: number;
            /** @example 2021-11-20 */
            date: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            hours: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "attendance" | "manual" | "correction";
            /** @description 记录的分钟数（已按班次时长封顶）/ minutes recorded (capped at the shift length) */
            minutes: number;
            notCountedReason: string | null;
            place: string | null;
            projectId: string | null;
            recipients: string | null;
            recordedAt: string;
            recordedBy: string | null;
            shiftId: string | null;
            shiftMinutes: number | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "not_counted" | "superseded";
            /**
             * Format: uuid
             * @description 取代本记录的更正 / the accepted correction replacing this
             */
            supersededBy?: string;
            teamId: string | null;
            /** Format: uuid */
            tierNodeId: string;
            /** Format: uuid */
            volunteerId: string;
            volunteerName: string | null;
        };
        HoursEntryPage: {
            items: components["schemas"]["HoursEntryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        HoursSettingsDto: {
            /**
             * @description 证明编号前缀 / certificate number prefix
             * @example JL
             */
            certificatePrefix?: string;
            /** @example 0536-7600000 */
            contact?: string;
            /**
             * @description 证明经办人 / certificate handler
             * @example 王干事
             */
            handlerName?: string;
            /** @example 九龙街道社工站 */
            issuerName?: string;
            /**
             * @description 计入时长所需的最低出勤比例（null 为不要求）/ minimum share of a shift attended for it to count (null: none)
             * @example 0.6
             */
            minAttendanceShare?: number | null;
            /** @example 李站长 */
            personInCharge?: string;
            /**
             * @description 星级门槛（小时）/ star thresholds in hours
             * @example [
             *       100,
             *       300,
             *       600,
             *       1000,
             *       1500
             *     ]
             */
            starThresholdsHours?: number[];
            /** @example Asia/Shanghai */
            timezone?: string;
        };
        HoursSettingsView: {
            certificatePrefix: string;
            contact: string | null;
            handlerName: string | null;
            issuerName: string | null;
            minAttendanceShare: number | null;
            personInCharge: string | null;
            starThresholdsHours: number[];
            timezone: string;
        };
        ImportJobDto: {
            created: number;
            dryRun: boolean;
            errorCode: string | null;
            fileName: string | null;
            finishedAt: string | null;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** Format: uuid */
            id: string;
            /** @description 已处理行数 / rows processed so far */
            processed: number;
            /** @description 被拒行数 / rows rejected */
            rejectedCount: number;
            startedAt: string;
            /** @enum {string} */
            status: "running" | "completed" | "failed";
            /** @description 数据行数 / data rows in the file */
            total: number;
            /** @description 与现有记录相同，未改动 / already present, nothing changed */
            unchanged: number;
            updated: number;
        };
        ImportRejection: {
            /** @example VOLUNTEER.ID_CHECKSUM */
            code: string;
            message: string;
            /** @example 7 */
            row: number;
        };
        ImportResultDto: {
            created: number;
            dryRun: boolean;
            errorCode: string | null;
            fileName: string | null;
            finishedAt: string | null;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** Format: uuid */
            id: string;
            /** @description 已处理行数 / rows processed so far */
            processed: number;
            /** @description 被拒的行（最多前 1000 条）/ rejected rows (first 1,000) */
            rejected: components["schemas"]["ImportRejection"][];
            /** @description 被拒行数 / rows rejected */
            rejectedCount: number;
            startedAt: string;
            /** @enum {string} */
            status: "running" | "completed" | "failed";
            /** @description 数据行数 / data rows in the file */
            total: number;
            /** @description 与现有记录相同，未改动 / already present, nothing changed */
            unchanged: number;
            updated: number;
        };
        InstanceHealth: {
            /**
             * @description 该进程的数据库连接 / this process’s database
             * @enum {string}
             */
            database: "up" | "down";
            /** @example activities-4711 */
            instance: string;
            /** @description 该进程连接的 NATS 节点 / the NATS node this process is connected to */
            natsServer?: string;
            /** @example activities */
            service: string;
            /** @description 进程已运行的秒数 / seconds since the process started */
            uptimeSeconds: number;
        };
        IssueCertificateDto: {
            /**
             * @description 起（含），缺省为全部 / from (inclusive); all time when absent
             * @example 2021-01-01
             */
            from?: string;
            /** @description 备注 / notes printed on the certificate */
            notes?: string;
            /**
             * @description 止（含），缺省为今天 / to (inclusive); today when absent
             * @example 2021-11-30
             */
            to?: string;
        };
        JoinedDto: {
            /** @description 可登录；负责人确认后方可报名活动 / can log in; sign-ups open once a leader confirms */
            message: string;
            /** @enum {string} */
            status: "pending";
            /** Format: uuid */
            volunteerId: string;
        };
        JoinStationDto: {
            /**
             * @example [
             *       "周末上午",
             *       "工作日晚上"
             *     ]
             */
            availableTimes?: string[];
            /**
             * @description 居民身份证可省略 / derived from a resident ID when omitted
             * @example 1985-03-12
             */
            birthDate?: string;
            /**
             * @description 本人同意登记与使用其信息（必须为 true）/ consent to the record; must be true
             * @example true
             */
            consent: boolean;
            /** @description 未满 18 周岁必填 / required under 18 */
            guardian?: components["schemas"]["GuardianDto"];
            /** @example 370704198503121246 */
            idNumber: string;
            /** @enum {string} */
            idType: "resident_id" | "passport" | "hk_macao_pass" | "taiwan_pass" | "foreign_permanent";
            /** @example 陈晓梅 */
            name: string;
            /**
             * @description 至少 8 位，含字母和数字 / 8+ characters with letters and digits
             * @example MyPass2021
             */
            password: string;
            /** @example 13805361234 */
            phone: string;
            /**
             * Format: uuid
             * @description 推荐人（志愿者 id）/ the volunteer who brought them in
             */
            recruitedBy?: string;
            /**
             * @description 居民身份证可省略，由证件号推出 / derived from a resident ID when omitted
             * @enum {string}
             */
            sex?: "male" | "female";
            /**
             * @example [
             *       "急救",
             *       "摄影"
             *     ]
             */
            skills?: string[];
            /**
             * Format: uuid
             * @description 所属层级节点 / tier node
             */
            tierNodeId: string;
        };
        LivenessReport: {
            /** @enum {string} */
            status: "ok" | "shutting_down";
            /** @description 进程已运行的秒数 / seconds since the process started */
            uptimeSeconds: number;
        };
        LoginDto: {
            /** @example Linli@2021 */
            password: string;
            /**
             * @description 手机号（与用户名二选一）/ phone, or use username
             * @example 13800000001
             */
            phone?: string;
            /** @example admin */
            username?: string;
        };
        MeDto: {
            grants: components["schemas"]["GrantDto"][];
            /** Format: uuid */
            id: string;
            name: string;
            /** @description 掩码手机号 / masked phone */
            phone: string | null;
            stationId: string | null;
            stationName: string | null;
            /** @enum {string} */
            status: "active" | "pending_activation" | "disabled";
            username: string | null;
            volunteerId: string | null;
        };
        NatsHealth: {
            /** @description 集群名 / cluster name */
            cluster?: string;
            /** @description 网关当前连接的节点 / the node the gateway is connected to */
            connectedTo: string;
            /** @description 集群中已知的节点地址 / every node’s client address the cluster announces */
            servers: string[];
        };
        NextStarDto: {
            level: number;
            minutesToGo: number;
        };
        NotificationDto: {
            body: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "reminder_24h" | "reminder_2h" | "promoted" | "shift_message" | "shift_changed";
            readAt: string | null;
            /** Format: uuid */
            shiftId: string | null;
            title: string;
        };
        NotificationPage: {
            items: components["schemas"]["NotificationDto"][];
            page: number;
            pageSize: number;
            total: number;
            unread: number;
        };
        OptionalReasonDto: {
            reason?: string;
        };
        OrganisationDetailDto: {
            contact: string | null;
            createdAt: string;
            description: string | null;
            /** @example 2021-03-15 */
            foundedOn: string;
            /** Format: uuid */
            id: string;
            /** @example 2021-06-20 */
            joinedOn: string;
            leader: string | null;
            memberCount: number | null;
            name: string;
            /** @enum {string} */
            status: "incubating" | "active" | "registered" | "dormant" | "dissolved";
            statusHistory: components["schemas"]["OrganisationStatusChangeDto"][];
            /** @example 2021-09-01 */
            statusSince: string;
            /** @enum {string} */
            tierLevel: "station" | "community" | "village";
            /** Format: uuid */
            tierNodeId: string;
            tierNodeName: string;
            /** @enum {string} */
            type: "volunteer_team" | "elderly_association" | "culture_sports" | "caring_enterprise" | "caring_individuals" | "mutual_aid" | "other";
            updatedAt: string;
        };
        OrganisationDto: {
            contact: string | null;
            createdAt: string;
            description: string | null;
            /** @example 2021-03-15 */
            foundedOn: string;
            /** Format: uuid */
            id: string;
            /** @example 2021-06-20 */
            joinedOn: string;
            leader: string | null;
            memberCount: number | null;
            name: string;
            /** @enum {string} */
            status: "incubating" | "active" | "registered" | "dormant" | "dissolved";
            /** @example 2021-09-01 */
            statusSince: string;
            /** @enum {string} */
            tierLevel: "station" | "community" | "village";
            /** Format: uuid */
            tierNodeId: string;
            tierNodeName: string;
            /** @enum {string} */
            type: "volunteer_team" | "elderly_association" | "culture_sports" | "caring_enterprise" | "caring_individuals" | "mutual_aid" | "other";
            updatedAt: string;
        };
        OrganisationPage: {
            items: components["schemas"]["OrganisationDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        OrganisationStatusChangeDto: {
            effectiveOn: string;
            /** @enum {string|null} */
            fromStatus: "incubating" | "active" | "registered" | "dormant" | "dissolved" | null;
            reason: string;
            recordedAt: string;
            recordedBy: string | null;
            /** @enum {string} */
            toStatus: "incubating" | "active" | "registered" | "dormant" | "dissolved";
        };
        Problem: {
            /** @example ORGANISATION.NOT_FOUND */
            code: string;
            detail: string;
            details?: Record<string, never>;
            errors?: components["schemas"]["FieldProblem"][];
            requestId?: string;
            /** @example 404 */
            status: number;
            /** @example 组织不存在 / Organisation not found */
            title: string;
            /** @example https://linli.example/problems/organisation.not_found */
            type: string;
        };
        ProjectDto: {
            createdAt: string;
            description: string | null;
            /** @enum {string} */
            domain: "social_assistance" | "elderly_care" | "child_care" | "community_governance";
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            tierNodeId: string;
        };
        ProjectPage: {
            items: components["schemas"]["ProjectDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ReasonDto: {
            /** @example 签退时间有误 */
            reason: string;
        };
        RecruiterDto: {
            name: string;
            recruitedCount: number;
            /** Format: uuid */
            volunteerId: string;
        };
        RefreshDto: {
            refreshToken: string;
        };
        RegisteredVolunteerDto: {
            /** @description 交给志愿者激活账号的一次性激活码 / one-time code the leader hands to the volunteer */
            activationCode?: string;
            /** @description 今天的周岁 / age today */
            age: number;
            availableTimes: string[];
            birthDate: string;
            consentAt: string;
            consentVersion: string;
            createdAt: string;
            guardian: components["schemas"]["GuardianView"] | null;
            /** Format: uuid */
            id: string;
            /**
             * @description 掩码，除非 reveal=idNumber / masked unless revealed
             * @example 370704********1246
             */
            idNumber: string;
            /** @description true 时为完整证件号（已审计）/ true when idNumber is the full number (audited) */
            idNumberRevealed: boolean;
            /** @enum {string} */
            idType: "resident_id" | "passport" | "hk_macao_pass" | "taiwan_pass" | "foreign_permanent";
            insuredUntil: string | null;
            isMinor: boolean;
            name: string;
            phone: string;
            recruitedBy: string | null;
            /** @enum {string} */
            sex: "male" | "female";
            skills: string[];
            /** @enum {string} */
            source: "leader" | "self" | "import";
            /** @enum {string} */
            status: "pending" | "active" | "suspended" | "left";
            teamName: string | null;
            /** Format: uuid */
            tierNodeId: string;
            updatedAt: string;
            /**
             * Format: uuid
             * @description 志愿者账号 / the volunteer’s user account
             */
            userId: string | null;
        };
        RegisterVolunteerDto: {
            /**
             * @example [
             *       "周末上午",
             *       "工作日晚上"
             *     ]
             */
            availableTimes?: string[];
            /**
             * @description 居民身份证可省略 / derived from a resident ID when omitted
             * @example 1985-03-12
             */
            birthDate?: string;
            /**
             * @description 本人同意登记与使用其信息（必须为 true）/ consent to the record; must be true
             * @example true
             */
            consent: boolean;
            /** @description 未满 18 周岁必填 / required under 18 */
            guardian?: components["schemas"]["GuardianDto"];
            /** @example 370704198503121246 */
            idNumber: string;
            /** @enum {string} */
            idType: "resident_id" | "passport" | "hk_macao_pass" | "taiwan_pass" | "foreign_permanent";
            /**
             * @description 意外保险有效期至 / accident insurance valid until
             * @example 2022-12-31
             */
            insuredUntil?: string;
            /** @example 陈晓梅 */
            name: string;
            /** @example 13805361234 */
            phone: string;
            /**
             * Format: uuid
             * @description 推荐人（志愿者 id）/ the volunteer who brought them in
             */
            recruitedBy?: string;
            /**
             * @description 居民身份证可省略，由证件号推出 / derived from a resident ID when omitted
             * @enum {string}
             */
            sex?: "male" | "female";
            /**
             * @example [
             *       "急救",
             *       "摄影"
             *     ]
             */
            skills?: string[];
            /** @example 九龙青少年志愿服务队 */
            teamName?: string;
            /**
             * Format: uuid
             * @description 所属层级节点 / tier node
             */
            tierNodeId: string;
        };
        RequestCorrectionDto: {
            /** @description 更正后的分钟数 / the minutes it should be */
            minutes: number;
            /** @example 实际 17:30 才签退，系统记录为 16:00 */
            reason: string;
        };
        RevokeCertificateDto: {
            /** @example 时长记录经更正，已重新出具 */
            reason: string;
        };
        RosterDto: {
            checkedIn: components["schemas"]["RosterEntryDto"][];
            confirmed: components["schemas"]["RosterEntryDto"][];
            noShow: components["schemas"]["RosterEntryDto"][];
            shift: components["schemas"]["ShiftDto"];
            /** @description 按候补顺序 / in waitlist order */
            waitlisted: components["schemas"]["RosterEntryDto"][];
        };
        RosterEntryDto: {
            checkedInAt: string | null;
            checkedOutAt: string | null;
            name: string;
            noShow: boolean;
            position: number | null;
            signedUpAt: string;
            /** @enum {string} */
            status: "confirmed" | "waitlisted";
            /** Format: uuid */
            volunteerId: string;
        };
        ServiceHealth: {
            checks?: Record<string, never>;
            /** @description 待重放的死信事件 / events set aside, waiting for a replay */
            deadLetters?: number;
            instance?: string;
            /** @example organisations */
            service: string;
            /** @enum {string} */
            status: "ready" | "not_ready" | "unavailable" | "timeout";
        };
        ShiftDto: {
            /** Format: uuid */
            activityId: string;
            activityTitle: string;
            cancelCutoffMinutes: number;
            capacity: number;
            confirmedCount: number;
            endsAt: string;
            /** Format: uuid */
            id: string;
            location: string;
            minAge: number | null;
            /** Format: uuid */
            projectId: string | null;
            requiredSkills: string[];
            /** @enum {string} */
            riskLevel: "low" | "medium" | "high";
            role: string | null;
            /** Format: uuid */
            seriesId: string | null;
            signupOpensAt: string | null;
            startsAt: string;
            /** Format: uuid */
            teamId: string | null;
            /** Format: uuid */
            tierNodeId: string;
            waitlistCount: number;
        };
        ShiftMessageDto: {
            /** @example 明早八点半在大厅门口集合 */
            text: string;
        };
        ShiftMessageResultDto: {
            /** Format: uuid */
            messageId: string;
            /** @description 收到通知的志愿者数 / volunteers notified */
            recipients: number;
        };
        ShiftPage: {
            items: components["schemas"]["ShiftDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SignupDto: {
            /** Format: uuid */
            volunteerId: string;
        };
        SignupResultDto: {
            /** @description 候补位次（从 1 起）/ waitlist position from 1 */
            position?: number;
            /** Format: uuid */
            shiftId: string;
            /** @enum {string} */
            status: "confirmed" | "waitlisted";
            /** Format: uuid */
            volunteerId: string;
        };
        StationDto: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            region: string;
            /** Format: uuid */
            rootNodeId: string;
            timezone: string;
        };
        StationHeadDto: {
            /** @example 张站长 */
            name: string;
            /** @example 13800000101 */
            phone: string;
        };
        SupervisedStationDto: {
            /** Format: uuid */
            id: string;
            /** @example 九龙街道社工站 */
            name: string;
            /** @example 山东省潍坊市坊子区九龙街道 */
            region: string;
        };
        SupervisedStationsDto: {
            /** @description 所督导的社工站 / the stations the officer supervises (at least one, at most 50) */
            stationIds: string[];
        };
        TeamDto: {
            createdAt: string;
            description: string | null;
            dissolvedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description 在任队长人数 / current leaders */
            leaderCount: number;
            /** @description 在队人数 / current members */
            memberCount: number;
            name: string;
            /** Format: uuid */
            organisationId: string | null;
            /** @enum {string} */
            status: "active" | "dissolved";
            /** Format: uuid */
            tierNodeId: string;
            updatedAt: string;
        };
        TeamMemberDto: {
            joinedAt: string;
            leftAt: string | null;
            /** Format: uuid */
            membershipId: string;
            /** @description 志愿者姓名（本地副本）/ name from the local volunteer copy */
            name: string | null;
            /** @enum {string} */
            role: "member" | "leader";
            /** Format: uuid */
            volunteerId: string;
        };
        TeamMemberList: {
            items: components["schemas"]["TeamMemberDto"][];
        };
        TeamPage: {
            items: components["schemas"]["TeamDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TierNodeDto: {
            /** @description 自根节点起的路径 / ancestors from the root */
            ancestors: string[];
            code: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "station" | "community" | "village";
            name: string;
            /** Format: uuid */
            parentId: string | null;
            updatedAt: string;
        };
        TierTreeNodeDto: {
            children: components["schemas"]["TierTreeNodeDto"][];
            code: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "station" | "community" | "village";
            name: string;
            /** @description 本节点及下级的在册组织数（不含已注销）/ organisations in this subtree, dissolved excluded */
            organisationCount: number;
        };
        TokenResponse: {
            accessToken: string;
            /** @description 访问令牌有效秒数 / access token lifetime in seconds */
            expiresIn: number;
            refreshToken: string;
            user: components["schemas"]["UserDto"];
        };
        UpdateActivityDto: {
            description?: string;
            endsAt?: string;
            location?: string;
            minAge?: number;
            /** Format: uuid */
            projectId?: string;
            /** @enum {string} */
            riskLevel?: "low" | "medium" | "high";
            startsAt?: string;
            /** Format: uuid */
            teamId?: string;
            title?: string;
        };
        UpdateOrganisationDto: {
            contact?: string;
            description?: string;
            foundedOn?: string;
            joinedOn?: string;
            leader?: string;
            memberCount?: number;
            name?: string;
            /** Format: uuid */
            tierNodeId?: string;
            /** @enum {string} */
            type?: "volunteer_team" | "elderly_association" | "culture_sports" | "caring_enterprise" | "caring_individuals" | "mutual_aid" | "other";
        };
        UpdateShiftDto: {
            cancelCutoffMinutes?: number;
            capacity?: number;
            endsAt?: string;
            requiredSkills?: string[];
            role?: string;
            signupOpensAt?: string;
            startsAt?: string;
        };
        UpdateTeamDto: {
            description?: string;
            name?: string;
            /**
             * Format: uuid
             * @description null 解除关联 / null unlinks
             */
            organisationId?: string | null;
            /**
             * @description 解散后成员关系全部结束，不可恢复 / dissolving ends every membership and is final
             * @enum {string}
             */
            status?: "active" | "dissolved";
            /** Format: uuid */
            tierNodeId?: string;
        };
        UpdateTierNodeDto: {
            code?: string;
            name?: string;
        };
        UpdateVolunteerDto: {
            availableTimes?: string[];
            /** @description 负责人可改 / leaders only */
            guardian?: components["schemas"]["GuardianDto"];
            /**
             * @description 负责人可改 / leaders only
             * @example 2022-12-31
             */
            insuredUntil?: string | null;
            name?: string;
            phone?: string;
            /**
             * Format: uuid
             * @description 负责人可改 / leaders only
             */
            recruitedBy?: string;
            skills?: string[];
            /**
             * @description 负责人可改；待确认用 confirm / leaders only; pending → confirm
             * @enum {string}
             */
            status?: "active" | "suspended" | "left";
            /** @description 负责人可改 / leaders only */
            teamName?: string;
            /**
             * Format: uuid
             * @description 负责人可改 / leaders only
             */
            tierNodeId?: string;
        };
        UserDto: {
            grants: components["schemas"]["GrantDto"][];
            /** Format: uuid */
            id: string;
            name: string;
            /** @description 掩码手机号 / masked phone */
            phone: string | null;
            /** @enum {string} */
            status: "active" | "pending_activation" | "disabled";
            username: string | null;
            volunteerId: string | null;
        };
        UserPage: {
            items: components["schemas"]["UserDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        VillageCoverageDto: {
            /** @description 其中活跃（培育、活跃、已登记）/ of which active (incubating, active, registered) */
            activeOrganisations: number;
            /** @description 期内开展的活动 / activities held in the period */
            activities: number;
            /** @description 期内核定的服务时长（小时）/ approved service hours */
            approvedHours: number;
            /** @description 期内核定的服务时长（分钟）/ approved service minutes in the period */
            approvedMinutes: number;
            code: string | null;
            /** Format: uuid */
            communityId: string;
            /** @example 九龙社区 */
            communityName: string;
            /** @description 其中休眠 / of which dormant */
            dormantOrganisations: number;
            /**
             * @description 缺少的方面 / what the village has none of
             * @example [
             *       "organisations",
             *       "teams"
             *     ]
             */
            missing: string[];
            /** @example 九龙村 */
            name: string;
            /** @description 在册组织（不含已注销）/ organisations on the registry, dissolved excluded */
            organisations: number;
            /** @description 期内服务对象人次（按记录中“服务对象”的数字合计）/ people served, the numbers recorded in the entries’ recipients */
            peopleServed: number;
            /** @description 期内开展了活动或核定了时长 / held an activity or had hours approved in the period */
            reached: boolean;
            /** @description 期内有核定时长的志愿者 / volunteers with approved hours */
            servingVolunteers: number;
            /** @description 期内开展的班次 / shifts held in the period */
            shifts: number;
            /** @description 在岗志愿队 / active teams */
            teams: number;
            /** Format: uuid */
            tierNodeId: string;
            /** @description 在册志愿者（待审核与在岗）/ volunteers, pending and active */
            volunteers: number;
        };
        VolunteerDto: {
            /** @description 今天的周岁 / age today */
            age: number;
            availableTimes: string[];
            birthDate: string;
            consentAt: string;
            consentVersion: string;
            createdAt: string;
            guardian: components["schemas"]["GuardianView"] | null;
            /** Format: uuid */
            id: string;
            /**
             * @description 掩码，除非 reveal=idNumber / masked unless revealed
             * @example 370704********1246
             */
            idNumber: string;
            /** @description true 时为完整证件号（已审计）/ true when idNumber is the full number (audited) */
            idNumberRevealed: boolean;
            /** @enum {string} */
            idType: "resident_id" | "passport" | "hk_macao_pass" | "taiwan_pass" | "foreign_permanent";
            insuredUntil: string | null;
            isMinor: boolean;
            name: string;
            phone: string;
            recruitedBy: string | null;
            /** @enum {string} */
            sex: "male" | "female";
            skills: string[];
            /** @enum {string} */
            source: "leader" | "self" | "import";
            /** @enum {string} */
            status: "pending" | "active" | "suspended" | "left";
            teamName: string | null;
            /** Format: uuid */
            tierNodeId: string;
            updatedAt: string;
        };
        VolunteerHoursDto: {
            approvedMinutes: number;
            entries: components["schemas"]["HoursEntryDto"][];
            /** @description 已核准小时（派生）/ approved hours, derived */
            hours: number;
            nextStar: components["schemas"]["NextStarDto"] | null;
            pendingHours: number;
            pendingMinutes: number;
            /** @description 累计核准时长所得星级（不随 from/to 变化）/ from all-time approved hours */
            starLevel: number;
            totalApprovedMinutes: number;
            /** Format: uuid */
            volunteerId: string;
            volunteerName: string | null;
        };
        VolunteerPage: {
            items: components["schemas"]["VolunteerDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        VolunteerShiftDto: {
            /** Format: uuid */
            activityId: string;
            activityTitle: string;
            cancelCutoffMinutes: number;
            capacity: number;
            checkedInAt: string | null;
            checkedOutAt: string | null;
            confirmedCount: number;
            endsAt: string;
            /** Format: uuid */
            id: string;
            location: string;
            minAge: number | null;
            noShow: boolean;
            position: number | null;
            /** Format: uuid */
            projectId: string | null;
            requiredSkills: string[];
            /** @enum {string} */
            riskLevel: "low" | "medium" | "high";
            role: string | null;
            /** Format: uuid */
            seriesId: string | null;
            signupOpensAt: string | null;
            /** @enum {string} */
            signupStatus: "confirmed" | "waitlisted";
            startsAt: string;
            /** Format: uuid */
            teamId: string | null;
            /** Format: uuid */
            tierNodeId: string;
            waitlistCount: number;
        };
        VolunteerTeamDto: {
            joinedAt: string;
            leftAt: string | null;
            /** @enum {string} */
            role: "member" | "leader";
            /** Format: uuid */
            teamId: string;
            teamName: string;
            /** @enum {string} */
            teamStatus: "active" | "dissolved";
            /** Format: uuid */
            tierNodeId: string;
        };
        VolunteerTeamList: {
            items: components["schemas"]["VolunteerTeamDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ActivitiesController_listActivities: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                projectId?: string;
                teamId?: string;
                /** @description 节点及其下级 / the node and its subtree */
                tierNodeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ActivitiesController_createActivity: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActivityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND, PROJECT.NOT_FOUND, TEAM.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED, TIME.RANGE_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ActivitiesController_getActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: ACTIVITY.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ActivitiesController_updateActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActivityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: ACTIVITY.NOT_FOUND, PROJECT.NOT_FOUND, TEAM.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: TIME.RANGE_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ActivitiesController_createShifts: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShiftsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedShifts"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, SHIFT.RECURRENCE_INVALID, SHIFT.RECURRENCE_UNBOUNDED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: ACTIVITY.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED, TIME.RANGE_INVALID, SHIFT.TOO_LONG, SHIFT.RECURRENCE_TOO_LONG */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_activate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.ACTIVATION_INVALID */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求过于频繁 / Too many requests — codes: AUTH.TOO_MANY_ATTEMPTS */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, AUTH.LOGIN_REQUIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.INVALID_CREDENTIALS */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description 请求过于频繁 / Too many requests — codes: AUTH.TOO_MANY_ATTEMPTS
             *
             *     尝试过多，见 Retry-After / Too many attempts; see Retry-After
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.REFRESH_INVALID */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StationsController_listBureauOfficers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BureauOfficerDto"][];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StationsController_createBureauOfficer: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBureauOfficerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedBureauOfficerDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: STATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS, USER.PHONE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StationsController_setBureauOfficerStations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupervisedStationsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BureauOfficerDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: USER.NOT_FOUND, STATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_bureauRollup: {
        parameters: {
            query?: {
                /** @description 月报的月份；默认上个月 / the month, default last month */
                month?: string;
                /** @description 年报的年份，代替 month / the year, instead of month */
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BureauRollup"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, BUREAU_REPORT.PERIOD_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: STATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_bureauStationReport: {
        parameters: {
            query?: {
                /** @description 月报的月份；默认上个月 / the month, default last month */
                month?: string;
                /** @description 年报的年份，代替 month / the year, instead of month */
                year?: string;
            };
            header?: never;
            path: {
                stationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BureauReport"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, BUREAU_REPORT.PERIOD_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: STATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_bureauStationExport: {
        parameters: {
            query?: {
                format?: "pdf" | "xlsx";
                /** @description 月报的月份；默认上个月 / the month, default last month */
                month?: string;
                /** @description 年报的年份，代替 month / the year, instead of month */
                year?: string;
            };
            header?: never;
            path: {
                stationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, BUREAU_REPORT.PERIOD_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: STATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VolunteerScheduleController_calendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: CALENDAR.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CertificatesController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: CERTIFICATE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CertificatesController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateVerificationDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: CERTIFICATE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: CERTIFICATE.ALREADY_REVOKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CertificatesController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateVerificationDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: CERTIFICATE.CODE_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGrantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND, USER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: GRANT.EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: GRANT.LEVEL_MISMATCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: GRANT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: GRANT.LAST_STATION_HEAD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HoursController_list: {
        parameters: {
            query?: {
                kind?: "attendance" | "manual" | "correction";
                page?: number;
                pageSize?: number;
                status?: "pending" | "approved" | "rejected" | "not_counted" | "superseded";
                teamId?: string;
                /** @description 节点及其下级 / the node and its subtree */
                tierNodeId?: string;
                volunteerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursEntryPage"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HoursController_create: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHoursEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursEntryDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: HOURS.VOLUNTEER_NOT_FOUND, TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED, HOURS.DATE_IN_FUTURE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HoursController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveHoursDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursEntryDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: HOURS.ENTRY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: HOURS.IS_CORRECTION, HOURS.ALREADY_DECIDED, HOURS.NOT_PENDING, HOURS.SUPERSEDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: HOURS.EXTENSION_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HoursController_requestCorrection: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCorrectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursEntryDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: HOURS.ENTRY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS, HOURS.CORRECTION_OPEN, HOURS.SUPERSEDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HoursController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursEntryDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: HOURS.ENTRY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: HOURS.IS_CORRECTION, HOURS.ALREADY_DECIDED, HOURS.NOT_PENDING, HOURS.SUPERSEDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HoursController_approveMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkApproveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkApproveResult"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HoursController_acceptCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursEntryDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: HOURS.NOT_A_CORRECTION */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: HOURS.ALREADY_DECIDED, HOURS.NOT_PENDING, HOURS.SUPERSEDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HoursController_refuseCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursEntryDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: HOURS.NOT_A_CORRECTION */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: HOURS.ALREADY_DECIDED, HOURS.NOT_PENDING, HOURS.SUPERSEDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HoursController_export: {
        parameters: {
            query: {
                format?: "csv" | "xlsx";
                /** @description 起始日期（含）/ from (inclusive) */
                from?: string;
                groupBy: "volunteer" | "team" | "project" | "village";
                /** @description 截止日期（含）/ to (inclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, HOURS.RANGE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HoursController_exportNational: {
        parameters: {
            query?: {
                /** @description xlsx：志愿者信息与服务记录两张表；csv：仅服务记录 / xlsx: volunteers and service records; csv: records only */
                format?: "xlsx" | "csv";
                /** @description 起始日期（含）/ from (inclusive) */
                from?: string;
                /** @description 截止日期（含）/ to (inclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, HOURS.RANGE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HoursController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursSettingsView"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HoursController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HoursSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursSettingsView"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: USER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE, ACCESS.NO_VOLUNTEER_PROFILE, ACCESS.NOT_YOURSELF */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: NOTIFICATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description 名称、负责人搜索 / search name or leader */
                q?: string;
                status?: "incubating" | "active" | "registered" | "dormant" | "dissolved";
                /** @description 节点及其下级 / the node and its subtree */
                tierNodeId?: string;
                type?: "volunteer_team" | "elderly_association" | "culture_sports" | "caring_enterprise" | "caring_individuals" | "mutual_aid" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPage"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDetailDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, ORGANISATION.DATE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND, STATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS, ORGANISATION.NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED, ORGANISATION.FOUNDED_IN_FUTURE, ORGANISATION.JOINED_IN_FUTURE, ORGANISATION.JOINED_BEFORE_FOUNDED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDetailDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: ORGANISATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDetailDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, ORGANISATION.DATE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: ORGANISATION.NOT_FOUND, TIER.NOT_FOUND, STATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: ORGANISATION.NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: ORGANISATION.FOUNDED_IN_FUTURE, ORGANISATION.JOINED_IN_FUTURE, ORGANISATION.JOINED_BEFORE_FOUNDED, ORGANISATION.DATES_CONFLICT_WITH_HISTORY */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_changeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOrganisationStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDetailDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, ORGANISATION.DATE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: ORGANISATION.NOT_FOUND, STATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: ORGANISATION.STATUS_UNCHANGED, ORGANISATION.DISSOLVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: ORGANISATION.EFFECTIVE_DATE_IN_FUTURE, ORGANISATION.EFFECTIVE_DATE_TOO_EARLY */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_growth: {
        parameters: {
            query?: {
                /** @description type 类型 / tier 层级 (station, community, village) / status 状态 / community 所属社区 */
                by?: "total" | "type" | "tier" | "status" | "community";
                /** @description 起始月份（含），默认 12 个月前 / first period, default 12 months ago */
                from?: string;
                interval?: "month" | "quarter" | "year";
                /** @description 只统计该节点及下级 / only this subtree */
                tierNodeId?: string;
                /** @description 结束月份（含），默认本月 / last period, default this month */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrowthReport"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, GROWTH.RANGE_INVALID, GROWTH.RANGE_TOO_LONG */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND, STATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ActivitiesController_listProjects: {
        parameters: {
            query?: {
                domain?: "social_assistance" | "elderly_care" | "child_care" | "community_governance";
                page?: number;
                pageSize?: number;
                /** @description 节点及其下级 / the node and its subtree */
                tierNodeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPage"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ActivitiesController_createProject: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS, PROJECT.NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_bureauReport: {
        parameters: {
            query?: {
                /** @description 月报的月份；默认上个月 / the month, default last month */
                month?: string;
                /** @description 年报的年份，代替 month / the year, instead of month */
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BureauReport"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, BUREAU_REPORT.PERIOD_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: STATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_bureauReportExport: {
        parameters: {
            query?: {
                format?: "pdf" | "xlsx";
                /** @description 月报的月份；默认上个月 / the month, default last month */
                month?: string;
                /** @description 年报的年份，代替 month / the year, instead of month */
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, BUREAU_REPORT.PERIOD_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: STATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_villageCoverage: {
        parameters: {
            query?: {
                /** @description 起始日期（含），默认本年 1 月 1 日 / from, default 1 January */
                from?: string;
                /** @description 统计月份，代替 from/to / a calendar month, instead of from and to */
                month?: string;
                /** @description 只看该节点下的村 / only the villages under this node */
                tierNodeId?: string;
                /** @description 截止日期（含），默认今天 / to (inclusive), default today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageReport"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, COVERAGE.RANGE_INVALID, COVERAGE.RANGE_TOO_LONG */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND, STATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_villageCoverageExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                /** @description 起始日期（含），默认本年 1 月 1 日 / from, default 1 January */
                from?: string;
                /** @description 统计月份，代替 from/to / a calendar month, instead of from and to */
                month?: string;
                /** @description 只看该节点下的村 / only the villages under this node */
                tierNodeId?: string;
                /** @description 截止日期（含），默认今天 / to (inclusive), default today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, COVERAGE.RANGE_INVALID, COVERAGE.RANGE_TOO_LONG */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND, STATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ShiftsController_list: {
        parameters: {
            query?: {
                activityId?: string;
                /** @description 只看我能报名的班次 / shifts the caller’s volunteer can sign up for */
                eligibleFor?: "me";
                /** @description 开始时间不早于 / starting at or after */
                from?: string;
                /** @description 只看可报名（已开放、未开始、未满）/ open for sign-up, not started, not full */
                openOnly?: "true" | "false";
                page?: number;
                pageSize?: number;
                teamId?: string;
                tierNodeId?: string;
                /** @description 开始时间早于 / starting before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftPage"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE, ACCESS.NO_VOLUNTEER_PROFILE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND, VOLUNTEER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ShiftsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: SHIFT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ShiftsController_update: {
        parameters: {
            query?: {
                /** @description following = 本班次及系列中其后的班次 / this shift and the rest of its series */
                scope?: "this" | "following";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateShiftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: SHIFT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: SHIFT.CAPACITY_BELOW_CONFIRMED, SHIFT.STARTED, SIGNUP.CLASH */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: TIME.RANGE_INVALID, SHIFT.TOO_LONG */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ShiftsController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE, ACCESS.NOT_YOURSELF */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: SHIFT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: CHECKIN.NOT_CONFIRMED, CHECKIN.ALREADY */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: CHECKIN.OUTSIDE_WINDOW, CHECKIN.CODE_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求过于频繁 / Too many requests — codes: CHECKIN.TOO_MANY_ATTEMPTS */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ShiftsController_checkInCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInCodeDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: SHIFT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ShiftsController_checkInSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: SHIFT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ShiftsController_checkOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckOutDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE, ACCESS.NOT_YOURSELF */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: SHIFT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: CHECKIN.NOT_CONFIRMED, CHECKOUT.NOT_CHECKED_IN, CHECKOUT.ALREADY */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ShiftsController_message: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShiftMessageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftMessageResultDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: SHIFT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ShiftsController_roster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: SHIFT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ShiftsController_signUp: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupResultDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE, ACCESS.NOT_YOURSELF, SIGNUP.OUTSIDE_AREA */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: SHIFT.NOT_FOUND, VOLUNTEER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS, SIGNUP.CLASH, SIGNUP.ALREADY */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED, VOLUNTEER.NOT_ACTIVE, SIGNUP.NOT_OPEN, SIGNUP.CLOSED, SIGNUP.TOO_YOUNG, SIGNUP.SKILLS_MISSING, SIGNUP.GUARDIAN_CONSENT_REQUIRED, SIGNUP.INSURANCE_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ShiftsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelResultDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE, ACCESS.NOT_YOURSELF */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: SHIFT.NOT_FOUND, VOLUNTEER.NOT_FOUND, SIGNUP.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: SIGNUP.CLOSED, SIGNUP.CANCEL_CUTOFF */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationDto"][];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StationsController_create: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedStationDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, STATION.TIMEZONE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS, STATION.NAME_TAKEN, USER.PHONE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VolunteersController_join: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                stationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinStationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinedDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, VOLUNTEER.ID_NUMBER_INVALID, VOLUNTEER.ID_CHECKSUM, VOLUNTEER.ID_BIRTH_DATE, VOLUNTEER.ID_SEX_MISMATCH, VOLUNTEER.ID_BIRTH_DATE_MISMATCH, VOLUNTEER.BIRTH_DATE_INVALID, VOLUNTEER.FIELD_REQUIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS, VOLUNTEER.DUPLICATE, USER.PHONE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED, VOLUNTEER.GUARDIAN_REQUIRED, VOLUNTEER.GUARDIAN_CONSENT_REQUIRED, VOLUNTEER.RECRUITER_NOT_FOUND */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description 请求过于频繁 / Too many requests — codes: JOIN.TOO_MANY_ATTEMPTS
             *
             *     JOIN.TOO_MANY_ATTEMPTS; see Retry-After
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeamsController_list: {
        parameters: {
            query?: {
                organisationId?: string;
                page?: number;
                pageSize?: number;
                /** @description 名称搜索 / search by name */
                q?: string;
                status?: "active" | "dissolved";
                /** @description 节点及其下级 / the node and its subtree */
                tierNodeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamPage"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeamsController_create: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND, ORGANISATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS, TEAM.NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeamsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TEAM.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeamsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TEAM.NOT_FOUND, TIER.NOT_FOUND, ORGANISATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: TEAM.NAME_TAKEN, TEAM.DISSOLVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeamsController_members: {
        parameters: {
            query?: {
                /** @description all 含已退出的历史记录 / all includes past memberships */
                include?: "current" | "all";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberList"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TEAM.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeamsController_addMember: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTeamMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TEAM.NOT_FOUND, VOLUNTEER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS, TEAM.ALREADY_MEMBER, TEAM.DISSOLVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED, TEAM.VOLUNTEER_NOT_ACTIVE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeamsController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TEAM.NOT_FOUND, TEAM.NOT_MEMBER */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: TEAM.LAST_LEADER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TiersController_create: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTierNodeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierNodeDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.PARENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS, TIER.NAME_TAKEN, TIER.CODE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED, TIER.LEVEL_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TiersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierNodeDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TiersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTierNodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierNodeDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: TIER.NAME_TAKEN, TIER.CODE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TiersController_tree: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierTreeNodeDto"][];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                role?: "platform_admin" | "station_head" | "community_lead" | "village_lead" | "team_leader" | "volunteer";
                /** @description 在该节点及下级有授权的用户 / users with a grant in this subtree */
                tierNodeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUserDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS, USER.PHONE_TAKEN, USER.USERNAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VolunteersController_list: {
        parameters: {
            query?: {
                /** @description 按登记站点时区今天的周岁 / age today in the station time zone */
                ageBand?: "under18" | "18-35" | "36-59" | "60+";
                page?: number;
                pageSize?: number;
                /** @description 手机尾号 4 位 / last 4 digits of the phone */
                phoneTail?: string;
                /** @description 姓名包含 / name contains */
                q?: string;
                skill?: string;
                status?: "pending" | "active" | "suspended" | "left";
                /** @description 当前在该志愿服务队的志愿者（队伍成员变动为异步同步，稍有延迟）/ current members of this team (GET /teams/{id}/members); membership reaches this search through events, so a change shows after a moment */
                teamId?: string;
                /** @description 志愿服务队名称（导入时登记）/ team name recorded at import */
                teamName?: string;
                /** @description 节点及其下级 / the node and its subtree */
                tierNodeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerPage"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VolunteersController_register: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterVolunteerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredVolunteerDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, VOLUNTEER.ID_NUMBER_INVALID, VOLUNTEER.ID_CHECKSUM, VOLUNTEER.ID_BIRTH_DATE, VOLUNTEER.ID_SEX_MISMATCH, VOLUNTEER.ID_BIRTH_DATE_MISMATCH, VOLUNTEER.BIRTH_DATE_INVALID, VOLUNTEER.FIELD_REQUIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS, VOLUNTEER.DUPLICATE, USER.PHONE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED, VOLUNTEER.GUARDIAN_REQUIRED, VOLUNTEER.GUARDIAN_CONSENT_REQUIRED, VOLUNTEER.RECRUITER_NOT_FOUND */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VolunteersController_get: {
        parameters: {
            query?: {
                /** @description 完整读取（记入审计日志）：idNumber, guardianPhone，逗号分隔 / full read, audited; comma-separated */
                reveal?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE, VOLUNTEER.REVEAL_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: VOLUNTEER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VolunteersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVolunteerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE, VOLUNTEER.FIELD_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: VOLUNTEER.NOT_FOUND, TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: VOLUNTEER.DUPLICATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: VOLUNTEER.GUARDIAN_REQUIRED, VOLUNTEER.GUARDIAN_CONSENT_REQUIRED, VOLUNTEER.RECRUITER_NOT_FOUND */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VolunteerScheduleController_calendarLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarLinkDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE, ACCESS.NOT_YOURSELF */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: VOLUNTEER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CertificatesController_issue: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCertificateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateIssuedDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, HOURS.RANGE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: HOURS.VOLUNTEER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IDEMPOTENCY.IN_PROGRESS, CERTIFICATE.SEQUENCE_EXHAUSTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: IDEMPOTENCY.KEY_REUSED, CERTIFICATE.NO_APPROVED_HOURS */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VolunteersController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: VOLUNTEER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: VOLUNTEER.NOT_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HoursController_volunteerHours: {
        parameters: {
            query?: {
                /** @description 起始日期（含）/ from (inclusive) */
                from?: string;
                /** @description 截止日期（含）/ to (inclusive) */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerHoursDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, HOURS.RANGE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: HOURS.VOLUNTEER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VolunteerScheduleController_shifts: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerShiftDto"][];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE, ACCESS.NOT_YOURSELF */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: VOLUNTEER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VolunteerTeamsController_teams: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerTeamList"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: VOLUNTEER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VolunteersController_import: {
        parameters: {
            query?: {
                /** @description 只检查不写入 / report without writing */
                dryRun?: string;
                /** @description 客户端自定的导入编号，上传处理期间可用 GET /volunteers/imports/{id} 查看进度 / an id of your choosing: poll GET /volunteers/imports/{id} for progress while this request runs */
                importId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "multipart/form-data": string;
                "text/csv": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID, VOLUNTEER.ID_NUMBER_INVALID, VOLUNTEER.ID_CHECKSUM, VOLUNTEER.ID_BIRTH_DATE, VOLUNTEER.ID_SEX_MISMATCH, VOLUNTEER.ID_BIRTH_DATE_MISMATCH, VOLUNTEER.BIRTH_DATE_INVALID, VOLUNTEER.FIELD_REQUIRED, VOLUNTEER.PHONE_INVALID, VOLUNTEER.SEX_INVALID, IMPORT.TIER_UNKNOWN, IMPORT.TIER_AMBIGUOUS, IMPORT.DUPLICATE_ROW, IMPORT.UNSUPPORTED_TYPE, IMPORT.EMPTY, IMPORT.UNKNOWN_HEADERS, IMPORT.MISSING_HEADERS, IMPORT.CSV_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: IMPORT.NOT_FOUND, TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与当前状态冲突 / Conflicts with current state — codes: IMPORT.ID_TAKEN, VOLUNTEER.DUPLICATE, IMPORT.FINISHED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 内容过大 / Payload too large — codes: IMPORT.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 规则不允许 / A rule refuses it — codes: VOLUNTEER.GUARDIAN_REQUIRED, VOLUNTEER.GUARDIAN_CONSENT_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VolunteersController_importStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: IMPORT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VolunteersController_recruiters: {
        parameters: {
            query?: {
                /** @description 统计该节点及下级的被推荐人 / count recruits in this subtree */
                tierNodeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruiterDto"][];
                };
            };
            /** @description 请求无效 / Bad input (VALIDATION.FAILED with field errors) — codes: VALIDATION.FAILED, REQUEST.ID_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录 / No or bad token — codes: AUTH.UNAUTHENTICATED, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 超出角色或管理范围 / Outside your role or subtree — codes: ACCESS.FORBIDDEN, ACCESS.OUTSIDE_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未找到 / Not found (also another station’s ids) — codes: TIER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务不可用 / A service is down — codes: SERVICE.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 服务超时 / A service timed out — codes: SERVICE.TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_readiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
        };
    };
    HealthController_liveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessReport"];
                };
            };
            /** @description shutting down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessReport"];
                };
            };
        };
    };
}
