import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ExportFormat {
  CSV = 'CSV',
  JSON = 'JSON',
}

registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'CSV: one file per kind, ready to import again. JSON: one document with every kind.',
});

@ObjectType('ImportProblem', { description: 'One bad cell or row: what to fix, and where.' })
export class ImportProblemModel {
  @Field()
  file: string;

  @Field(() => Int, { description: '1-based; the header is line 1' })
  line: number;

  @Field(() => String, { nullable: true, description: 'The column, or null when the whole line is at fault.' })
  column: string | null;

  @Field()
  reason: string;
}

@ObjectType('ImportKindCount')
export class ImportKindCountModel {
  @Field({ description: 'places, people, collectives, memberships, initiatives, participations or ties' })
  kind: string;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;
}

@ObjectType('ImportReport', {
  description: 'All or nothing: when ok is false nothing was written, and problems says what to fix.',
})
export class ImportReportModel {
  @Field()
  ok: boolean;

  @Field({ description: 'Checked only; nothing was written.' })
  dryRun: boolean;

  @Field(() => [ImportProblemModel], { description: 'Every problem, up to the first 1000.' })
  problems: ImportProblemModel[];

  @Field(() => Int, { description: 'How many problems there are in all.' })
  problemCount: number;

  @Field(() => [ImportKindCountModel], {
    description:
      'Per kind in the files: created, updated and unchanged rows (would be, in a dry run). Empty when not ok.',
  })
  counts: ImportKindCountModel[];
}

@ObjectType('ExportFile')
export class ExportFileModel {
  @Field()
  name: string;

  @Field()
  content: string;
}

@ObjectType('ExportResult')
export class ExportResultModel {
  @Field(() => [ExportFileModel])
  files: ExportFileModel[];
}
