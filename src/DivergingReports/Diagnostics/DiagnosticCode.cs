namespace DivergingReports.Diagnostics;

/// <summary>
/// The stable codes of every diagnostic. Codes never change meaning once published: editors search
/// for them and CI logs keep them. DR00xx: reading files; DR01xx: a field's value; DR02xx: references
/// between files; DR03xx: importing pastes; DR04xx: templates and output; DR05xx: the preview.
/// </summary>
public sealed record DiagnosticCode(string Id, string Title)
{
    // Reading files
    public static readonly DiagnosticCode YamlSyntax = new("DR0001", "YAML syntax error");
    public static readonly DiagnosticCode Unreadable = new("DR0002", "file cannot be read");
    public static readonly DiagnosticCode FrontMatter = new("DR0003", "front matter missing or not closed");
    public static readonly DiagnosticCode NotAMapping = new("DR0004", "file is not a set of fields");
    public static readonly DiagnosticCode DuplicateKey = new("DR0005", "field given twice");
    public static readonly DiagnosticCode MissingFile = new("DR0006", "required file missing");
    public static readonly DiagnosticCode IgnoredFile = new("DR0007", "file ignored");
    public static readonly DiagnosticCode YamlTooDeep = new("DR0008", "YAML nested too deeply");

    // A field's value
    public static readonly DiagnosticCode UnknownField = new("DR0101", "unknown field");
    public static readonly DiagnosticCode MissingField = new("DR0102", "required field missing");
    public static readonly DiagnosticCode WrongType = new("DR0103", "value of the wrong kind");
    public static readonly DiagnosticCode InvalidDate = new("DR0104", "invalid date");
    public static readonly DiagnosticCode InvalidId = new("DR0105", "invalid id or slug");
    public static readonly DiagnosticCode InvalidUrl = new("DR0106", "invalid URL");
    public static readonly DiagnosticCode InvalidCountry = new("DR0107", "not an ISO 3166-1 country code");
    public static readonly DiagnosticCode InvalidValue = new("DR0108", "invalid value");
    public static readonly DiagnosticCode EmptyValue = new("DR0109", "empty value");
    public static readonly DiagnosticCode Placeholder = new("DR0110", "placeholder left in");
    public static readonly DiagnosticCode InvalidPattern = new("DR0111", "invalid noise pattern");
    public static readonly DiagnosticCode InvalidTimeZone = new("DR0112", "unknown time zone");
    public static readonly DiagnosticCode ControlCharacter = new("DR0113", "control character in text");
    public static readonly DiagnosticCode LinkRefused = new("DR0114", "symbolic link refused");
    public static readonly DiagnosticCode NotARegularFile = new("DR0115", "not a regular file");
    public static readonly DiagnosticCode FileTooLarge = new("DR0116", "file over its size limit");

    // References between files
    public static readonly DiagnosticCode UnknownSource = new("DR0201", "unknown source");
    public static readonly DiagnosticCode UnknownArticle = new("DR0202", "unknown article");
    public static readonly DiagnosticCode DuplicateSlug = new("DR0203", "slug used twice");
    public static readonly DiagnosticCode DuplicateId = new("DR0204", "id used twice");
    public static readonly DiagnosticCode OutletNotReported = new("DR0205", "position for an outlet with no report");
    public static readonly DiagnosticCode DomainClaimedTwice = new("DR0206", "domain claimed by two sources");
    public static readonly DiagnosticCode LeanNotInSpectrum = new("DR0207", "lean not in the spectrum");
    public static readonly DiagnosticCode UnusedArticle = new("DR0208", "article used by no story");
    public static readonly DiagnosticCode SourceUnknown = new("DR0209", "article's source cannot be told");
    public static readonly DiagnosticCode SourceMismatch = new("DR0210", "url belongs to another source");
    public static readonly DiagnosticCode DuplicateReport = new("DR0211", "article reported twice in a story");
    public static readonly DiagnosticCode DuplicatePosition = new("DR0212", "outlet given two positions");
    public static readonly DiagnosticCode TooFewReports = new("DR0213", "story compares fewer than two reports");
    public static readonly DiagnosticCode ReservedPage = new("DR0214", "page name taken by the site");
    public static readonly DiagnosticCode UpdatedBeforeDate = new("DR0215", "updated before the story's date");
    public static readonly DiagnosticCode TooManyReports = new("DR0216", "story compares more reports than allowed");
    public static readonly DiagnosticCode FileDateDiffers = new("DR0217", "breakdown's file name and date differ");

    // Importing pastes
    public static readonly DiagnosticCode ImportNoSource = new("DR0301", "paste's source cannot be told");
    public static readonly DiagnosticCode ImportNoDate = new("DR0302", "paste's date cannot be told");
    public static readonly DiagnosticCode ImportEmpty = new("DR0303", "paste has no text");
    public static readonly DiagnosticCode ImportExists = new("DR0304", "article file already exists");
    public static readonly DiagnosticCode ImportDatesDisagree = new("DR0305", "paste's date lines disagree with its address");

    // Templates and building
    public static readonly DiagnosticCode TemplateError = new("DR0401", "template error");
    public static readonly DiagnosticCode TemplateForbidden = new("DR0402", "template uses what a page may not depend on");
    public static readonly DiagnosticCode TemplateMissing = new("DR0403", "template or partial missing");
    public static readonly DiagnosticCode OutputRefused = new("DR0404", "output folder refused");
    public static readonly DiagnosticCode TemplateUnknownField = new("DR0405", "template names a field the page does not have");
    public static readonly DiagnosticCode TemplateLimit = new("DR0406", "template exceeds a limit");
    public static readonly DiagnosticCode ThemeFileIgnored = new("DR0407", "theme file ignored");
    public static readonly DiagnosticCode ThemeFileRefused = new("DR0408", "theme file refused");
    public static readonly DiagnosticCode SiteNotWritten = new("DR0409", "site could not be written");
    public static readonly DiagnosticCode OutputBusy = new("DR0410", "another build is writing the output folder");
    public static readonly DiagnosticCode SearchIndexFailed = new("DR0411", "the search index could not be made");
    public static readonly DiagnosticCode SiteTooLargeForPages = new("DR0412", "the site nears or passes GitHub Pages' size limit");

    // The preview (divrep serve)
    public static readonly DiagnosticCode PreviewFault = new("DR0501", "the preview could not rebuild");

}
