import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ShiftMessageResultDto } from '#linli/contracts';
import { idempotent, type CallerContext } from '#linli/platform';
import { assertCanActOn, requireScope } from '../access/access.js';
import { ShiftsRepository } from '../shifts/shifts.repository.js';
import { SignupsRepository } from '../signups/signups.repository.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';

/** A leader's message to everyone on a shift's roster (confirmed and waitlisted), as notifications. */
@Injectable()
export class ShiftMessagesService {
  constructor(
    private readonly ds: DataSource,
    private readonly notifications: NotificationsService,
    private readonly repo: NotificationsRepository,
    private readonly shifts: ShiftsRepository,
    private readonly signups: SignupsRepository,
  ) {}

  async send(caller: CallerContext, shiftId: string, text: string): Promise<ShiftMessageResultDto> {
    return idempotent(this.ds, caller, 'shift.message', { shiftId, text }, async () => {
      requireScope(caller, 'plan');
      const shift = await this.shifts.get(this.ds.manager, caller.tenantId, shiftId);
      assertCanActOn(caller, shift.tierPath, 'plan');
      const messageId = randomUUID();
      const recipients = await this.ds.transaction(async (manager) => {
        const roster = await this.signups.liveVolunteerIds(manager, shiftId);
        await this.repo.recordMessage(manager, {
          id: messageId,
          tenantId: caller.tenantId,
          shiftId,
          text: text.trim(),
          sentBy: caller.userId,
          recipients: roster.length,
        });
        await this.notifications.send(
          manager,
          roster.map((volunteerId) => ({
            tenantId: caller.tenantId,
            volunteerId,
            kind: 'shift_message' as const,
            shiftId,
            title: `${shift.activityTitle} 负责人通知 / Message from the leader`,
            body: text.trim(),
          })),
        );
        return roster.length;
      });
      return { messageId, recipients };
    });
  }
}
