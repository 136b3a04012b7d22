import { IdentityApi } from '#linli/contracts';
import { declaredErrors } from '#linli/platform';

/** Every refusal of the identity service; codes and statuses are the ones `IdentityApi` declares. */
export const IdentityErrors = declaredErrors(IdentityApi, {
  invalidCredentials: () => ({
    code: 'AUTH.INVALID_CREDENTIALS',
    message: '手机号/用户名或密码错误 / Wrong phone, username or password',
  }),
  loginMissing: () => ({
    code: 'AUTH.LOGIN_REQUIRED',
    message: '请提供手机号或用户名 / Give a phone number or a username',
  }),
  tooManyAttempts: (retryAfterSeconds: number) => ({
    code: 'AUTH.TOO_MANY_ATTEMPTS',
    message: `尝试次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试 / Too many attempts, try again later`,
    details: { retryAfterSeconds },
  }),
  refreshInvalid: () => ({
    code: 'AUTH.REFRESH_INVALID',
    message: '登录已失效，请重新登录 / The refresh token is no longer valid',
  }),
  activationInvalid: () => ({
    code: 'AUTH.ACTIVATION_INVALID',
    message: '激活码无效或已过期 / The activation code is invalid or expired',
  }),
  userNotFound: (id: string) => ({ code: 'USER.NOT_FOUND', message: '用户不存在 / User not found', details: { id } }),
  phoneTaken: (existingId?: string) => ({
    code: 'USER.PHONE_TAKEN',
    message: '该手机号已注册 / This phone number is already registered',
    details: existingId ? { existingId } : undefined,
  }),
  usernameTaken: () => ({ code: 'USER.USERNAME_TAKEN', message: '该用户名已被使用 / This username is taken' }),
  grantNotFound: (id: string) => ({
    code: 'GRANT.NOT_FOUND',
    message: '授权不存在 / Grant not found',
    details: { id },
  }),
  grantExists: () => ({ code: 'GRANT.EXISTS', message: '该用户已有此授权 / The user already holds this grant' }),
  grantLevel: (role: string, level: string) => ({
    code: 'GRANT.LEVEL_MISMATCH',
    message: `${role} 不能授予在 ${level} 节点 / ${role} cannot be granted at a ${level} node`,
    details: { role, level },
  }),
  lastHead: () => ({
    code: 'GRANT.LAST_STATION_HEAD',
    message: '不能撤销最后一位站长 / The last station head cannot be revoked',
  }),
  stationNotFound: (id: string) => ({
    code: 'STATION.NOT_FOUND',
    message: '社工站不存在 / Station not found',
    details: { id },
  }),
  forbidden: () => ({ code: 'ACCESS.FORBIDDEN', message: '您没有执行此操作的权限 / You are not allowed to do this' }),
  outsideScope: () => ({
    code: 'ACCESS.OUTSIDE_SCOPE',
    message: '该对象不在您的管理范围内 / This is outside your area',
  }),
});
