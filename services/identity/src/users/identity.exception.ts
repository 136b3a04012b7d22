import { DomainException } from '#linli/platform';

export const IdentityErrors = {
  invalidCredentials: () =>
    new DomainException('AUTH.INVALID_CREDENTIALS', 401, '手机号/用户名或密码错误 / Wrong phone, username or password'),
  loginMissing: () =>
    new DomainException('AUTH.LOGIN_REQUIRED', 400, '请提供手机号或用户名 / Give a phone number or a username'),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new DomainException(
      'AUTH.TOO_MANY_ATTEMPTS',
      429,
      `尝试次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试 / Too many attempts, try again later`,
      {
        retryAfterSeconds,
      },
    ),
  refreshInvalid: () =>
    new DomainException('AUTH.REFRESH_INVALID', 401, '登录已失效，请重新登录 / The refresh token is no longer valid'),
  activationInvalid: () =>
    new DomainException(
      'AUTH.ACTIVATION_INVALID',
      401,
      '激活码无效或已过期 / The activation code is invalid or expired',
    ),
  userNotFound: (id: string) => new DomainException('USER.NOT_FOUND', 404, '用户不存在 / User not found', { id }),
  phoneTaken: (existingId?: string) =>
    new DomainException(
      'USER.PHONE_TAKEN',
      409,
      '该手机号已注册 / This phone number is already registered',
      existingId ? { existingId } : undefined,
    ),
  usernameTaken: () => new DomainException('USER.USERNAME_TAKEN', 409, '该用户名已被使用 / This username is taken'),
  grantNotFound: (id: string) => new DomainException('GRANT.NOT_FOUND', 404, '授权不存在 / Grant not found', { id }),
  grantExists: () => new DomainException('GRANT.EXISTS', 409, '该用户已有此授权 / The user already holds this grant'),
  grantLevel: (role: string, level: string) =>
    new DomainException(
      'GRANT.LEVEL_MISMATCH',
      422,
      `${role} 不能授予在 ${level} 节点 / ${role} cannot be granted at a ${level} node`,
      {
        role,
        level,
      },
    ),
  lastHead: () =>
    new DomainException(
      'GRANT.LAST_STATION_HEAD',
      409,
      '不能撤销最后一位站长 / The last station head cannot be revoked',
    ),
  forbidden: () =>
    new DomainException('ACCESS.FORBIDDEN', 403, '您没有执行此操作的权限 / You are not allowed to do this'),
  outsideScope: () =>
    new DomainException('ACCESS.OUTSIDE_SCOPE', 403, '该对象不在您的管理范围内 / This is outside your area'),
};
