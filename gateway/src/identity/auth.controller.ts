import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { ActivateDto, IdentitySubjects, LoginDto, MeDto, RefreshDto, TokenResponse } from '#linli/contracts';
import { ServiceClient, type CallerContext } from '#linli/platform';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { anonymous, clientAddress, HttpCaller } from '../common/request-context.js';

@ApiTags('auth 登录')
@Controller()
export class AuthController {
  constructor(private readonly services: ServiceClient) {}

  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: '手机号或用户名登录 / Log in with phone or username and password' })
  @ApiOkResponse({ type: TokenResponse })
  @ApiTooManyRequestsResponse({ description: '尝试过多，见 Retry-After / Too many attempts; see Retry-After' })
  @ApiErrors([400, 401, 429], ['AUTH.INVALID_CREDENTIALS', 'AUTH.LOGIN_REQUIRED', 'AUTH.TOO_MANY_ATTEMPTS'])
  login(@Body() credentials: LoginDto, @Req() req: Request) {
    return this.services.send(IdentitySubjects.login, { credentials, address: clientAddress(req) }, anonymous(req));
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: '换取新令牌（刷新令牌轮换）/ Exchange a refresh token for new tokens (rotated)' })
  @ApiOkResponse({ type: TokenResponse })
  @ApiErrors([400, 401], ['AUTH.REFRESH_INVALID'])
  refresh(@Body() dto: RefreshDto, @Req() req: Request) {
    return this.services.send(IdentitySubjects.refresh, dto, anonymous(req));
  }

  @Post('auth/logout')
  @HttpCode(200)
  @ApiOperation({ summary: '退出登录，刷新令牌失效 / Log out: the refresh token stops working' })
  @ApiErrors([400])
  logout(@Body() dto: RefreshDto, @Req() req: Request) {
    return this.services.send(IdentitySubjects.logout, dto, anonymous(req));
  }

  @Post('auth/activate')
  @HttpCode(200)
  @ApiOperation({ summary: '用激活码设置密码 / Activate an account with the one-time code and set a password' })
  @ApiOkResponse({ type: TokenResponse })
  @ApiErrors([400, 401, 429], ['AUTH.ACTIVATION_INVALID', 'AUTH.TOO_MANY_ATTEMPTS'])
  activate(@Body() activation: ActivateDto, @Req() req: Request) {
    return this.services.send(IdentitySubjects.activate, { activation, address: clientAddress(req) }, anonymous(req));
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: '当前用户、授权与志愿者档案 / The current user, grants and linked volunteer' })
  @ApiOkResponse({ type: MeDto })
  @ApiErrors([401])
  me(@HttpCaller() caller: CallerContext) {
    return this.services.send(IdentitySubjects.me, {}, caller);
  }
}
