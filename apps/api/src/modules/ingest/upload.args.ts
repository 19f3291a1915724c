// The text fields of POST /api/upload: multipart sends strings only, so the year is checked as four digits and then
// read as a number; anything else is a 400 that names the field.
import { IsIn, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';

const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
const noControl = (field: string) => ({ message: `${field} must not contain NUL or other control characters` });

export class UploadArgs {
  @IsOptional() @IsString() @MaxLength(200) @Matches(NO_CONTROL, noControl('agency')) agency?: string;
  @IsOptional()
  @IsString()
  @Matches(/^(19|20|21)\d\d$/, { message: 'year must be a four-digit year such as 2024' })
  year?: string;
  @IsOptional() @IsString() @MaxLength(200) @Matches(NO_CONTROL, noControl('region')) region?: string;
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'sourceUrl must be an http(s) URL' },
  )
  sourceUrl?: string;
  // Checked as a date by givenDateProblem (a real day, not in the future), which names the field in its 400.
  @IsOptional() @IsString() @MaxLength(40) publishedOn?: string;
  // override=true: the admin chose the given year/body over what a file prints (after a hint_conflict result).
  @IsOptional() @IsIn(['true', 'false'], { message: 'override must be true or false' }) override?: string;
}
