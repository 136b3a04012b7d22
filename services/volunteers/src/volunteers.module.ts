import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule } from '#linli/platform';
import { TeamMembersConsumer } from './consumers/team-members.consumer.js';
import { FieldCipher } from './crypto/field-cipher.js';
import { ImportsHandlers } from './handlers/imports.handlers.js';
import { VolunteersHandlers } from './handlers/volunteers.handlers.js';
import { ImportsRepository } from './imports/imports.repository.js';
import { ImportsService } from './imports/imports.service.js';
import type { VolunteersConfig } from './volunteers.config.js';
import { SERVICE_NAME, volunteersData } from './volunteers.data.js';
import { TierLookup } from './volunteers/tier-lookup.js';
import { VolunteersRepository } from './volunteers/volunteers.repository.js';
import { VolunteersService } from './volunteers/volunteers.service.js';

@Module({})
export class VolunteersModule {
  static register(config: VolunteersConfig): DynamicModule {
    return {
      module: VolunteersModule,
      imports: [PlatformModule.forService({ name: SERVICE_NAME, config, data: volunteersData })],
      controllers: [VolunteersHandlers, ImportsHandlers],
      providers: [
        { provide: FieldCipher, useValue: FieldCipher.fromConfig(config.DATA_KEY) },
        TierLookup,
        VolunteersRepository,
        VolunteersService,
        ImportsRepository,
        ImportsService,
        TeamMembersConsumer,
      ],
    };
  }
}
