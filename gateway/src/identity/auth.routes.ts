import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { IdentityApi } from '#linli/contracts';
import { routesController } from '../common/routes.js';
import { clientAddress } from '../common/request-context.js';

const api = IdentityApi.operations;
/** Failed attempts count per client address as well as per account. */
const address = { address: clientAddress };
const retryAfter = ApiTooManyRequestsResponse({
  description: '尝试过多，见 Retry-After / Too many attempts; see Retry-After',
});

export const AuthController = routesController('AuthController', 'auth 登录', [
  {
    route: 'POST auth/login',
    operation: api.login,
    name: 'login',
    from: address,
    summary: '手机号或用户名登录 / Log in with phone or username and password',
    docs: [retryAfter],
  },
  {
    route: 'POST auth/refresh',
    operation: api.refresh,
    name: 'refresh',
    summary: '换取新令牌（刷新令牌轮换）/ Exchange a refresh token for new tokens (rotated)',
  },
  {
    route: 'POST auth/logout',
    operation: api.logout,
    name: 'logout',
    summary: '退出登录，刷新令牌失效 / Log out: the refresh token stops working',
  },
  {
    route: 'POST auth/activate',
    operation: api.activate,
    name: 'activate',
    from: address,
    summary: '用激活码设置密码 / Activate an account with the one-time code and set a password',
  },
  {
    route: 'GET me',
    operation: api.me,
    name: 'me',
    summary: '当前用户、授权与志愿者档案 / The current user, grants and linked volunteer',
  },
]);
