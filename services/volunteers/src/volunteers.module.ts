import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule } from '#linli/platform';
import { FieldCipher } from './crypto/field-cipher.js';
import { ImportsService } from './imports/imports.service.js';
import { TeamMembersConsumer } from './teams/team-members.js';
import type { VolunteersConfig } from './volunteers.config.js';
import { SERVICE_NAME, volunteersData } from './volunteers.data.js';
import { TierLookup } from './volunteers/tier-lookup.js';
import { ImportsController, VolunteersController } from './volunteers/volunteers.controller.js';
import { VolunteersService } from './volunteers/volunteers.service.js';

@Module({})
export class VolunteersModule {
  static register(config: VolunteersConfig): DynamicModule {
    return {
      module: VolunteersModule,
      imports: [PlatformModule.forService({ name: SERVICE_NAME, config, data: volunteersData })],
      controllers: [VolunteersController, ImportsController],
      providers: [
        { provide: FieldCipher, useValue: FieldCipher.fromConfig(config.DATA_KEY) },
        TierLookup,
        VolunteersService,
        ImportsService,
        TeamMembersConsumer,
      ],
    };
  }
}
