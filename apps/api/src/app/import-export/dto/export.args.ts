import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ExportFormat } from '../models/import-report.model';

@ArgsType()
export class ExportArgs {
  @Field(() => ExportFormat)
  @IsEnum(ExportFormat)
  format: ExportFormat;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this place and everything below it (default: all your places).',
  })
  @IsOptional()
  @IsUUID()
  placeId?: string;
}
