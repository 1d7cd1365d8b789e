import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';

/** How many files one import takes: a few per kind is plenty. */
export const IMPORT_FILES_MAX = 50;

@InputType()
export class CsvFileInput {
  @Field({ description: 'The file name, used in the report only: the kind of file is read from its header.' })
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  name: string;

  @Field({ description: 'The text of the file (UTF-8 as a string; a BOM is allowed).' })
  @IsString()
  content: string;
}

@ArgsType()
export class ImportCsvArgs {
  @Field(() => [CsvFileInput])
  @ValidateNested({ each: true })
  @Type(() => CsvFileInput)
  @ArrayMinSize(1, { message: 'Choose at least one file to import.' })
  @ArrayMaxSize(IMPORT_FILES_MAX, { message: `At most ${IMPORT_FILES_MAX} files at once.` })
  files: CsvFileInput[];

  @Field({ defaultValue: false, description: 'Check everything, write nothing.' })
  @IsBoolean()
  dryRun: boolean;
}
