using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation;
using MentoringProgram.Web.Features.Shared;

namespace MentoringProgram.Web.Features.Staff;

/// <summary>
/// Reads a staff roster CSV exported from HR or a spreadsheet. Headers are matched loosely ("Work email",
/// "email", "E-mail"); every bad row is reported with its line and column, and a file with any problem is
/// rejected whole (ASVS V2.2.1: all or nothing).
/// </summary>
public static class RosterCsv
{
    public const long MaxBytes = 1024 * 1024;
    public const int MaxRows = 5000;

    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        ["Name"] = ["name", "fullname", "staffname"],
        ["Email"] = ["email", "workemail", "emailaddress"],
        ["Department"] = ["department", "dept", "unit"],
        ["JobTitle"] = ["jobtitle", "title", "position"],
        ["HireDate"] = ["hiredate", "startdate", "datehired", "hired"],
        ["SupervisorName"] = ["supervisorname", "supervisor", "manager", "managername"],
        ["SupervisorEmail"] = ["supervisoremail", "manageremail"],
        ["Location"] = ["location", "branch", "building"],
    };

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "d MMM yyyy", "d MMMM yyyy"];

    public static string TemplateHeader => "Name,Email,Department,JobTitle,HireDate,SupervisorName,SupervisorEmail,Location";

    public static RosterParseResult Parse(string text)
    {
        var problems = new List<RosterProblem>();
        var rows = new List<RosterRow>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HeaderValidated = null,
            MissingFieldFound = null,
            BadDataFound = null,
            TrimOptions = TrimOptions.Trim,
            DetectDelimiter = true,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            return new RosterParseResult(rows, [new RosterProblem(1, "", "The file is empty. The first line must name the columns, e.g. " + TemplateHeader)]);
        }

        var columns = MapColumns(csv.HeaderRecord);
        foreach (var required in new[] { "Name", "Email" })
        {
            if (!columns.ContainsKey(required))
            {
                problems.Add(new RosterProblem(1, required, $"The file has no {required} column. The first line must name the columns, e.g. {TemplateHeader}"));
            }
        }
        if (problems.Count > 0)
        {
            return new RosterParseResult(rows, problems);
        }

        var validator = new RowValidator();
        var seenEmails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var dataRows = 0;
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            string? Field(string column) =>
                columns.TryGetValue(column, out var index) && csv.TryGetField<string>(index, out var value) && !string.IsNullOrWhiteSpace(value)
                    ? value.Trim()
                    : null;

            if (csv.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (++dataRows > MaxRows)
            {
                problems.Add(new RosterProblem(line, "", $"The file has more than {MaxRows} rows. Split it into smaller files."));
                break;
            }

            DateOnly? hireDate = null;
            var hireText = Field("HireDate");
            if (hireText is not null)
            {
                if (DateOnly.TryParseExact(hireText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    hireDate = parsed;
                }
                else
                {
                    problems.Add(new RosterProblem(line, "HireDate", $"\"{hireText}\" is not a date. Write it as 2021-09-01."));
                }
            }

            var row = new RosterRow(line, Field("Name") ?? "", Field("Email") ?? "", Field("Department"), Field("JobTitle"),
                hireDate, Field("SupervisorName"), Field("SupervisorEmail"), Field("Location"));
            var result = validator.Validate(row);
            problems.AddRange(result.Errors.Select(e => new RosterProblem(line, e.PropertyName, e.ErrorMessage)));

            if (row.Email.Length > 0)
            {
                if (seenEmails.TryGetValue(row.Email, out var firstLine))
                {
                    problems.Add(new RosterProblem(line, "Email", $"{row.Email} is already on line {firstLine}. Each person appears once."));
                }
                else
                {
                    seenEmails[row.Email] = line;
                }
            }
            rows.Add(row);
        }
        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new RosterProblem(2, "", "The file has a header line but no staff rows."));
        }
        return new RosterParseResult(rows, problems);
    }

    public const string NotUtf8Message =
        "The file is not saved as UTF-8, so accented names (José Núñez) would be garbled. Save it again as \"CSV UTF-8\": " +
        "in Excel, File → Save As → \"CSV UTF-8 (Comma delimited) (*.csv)\"; in LibreOffice Calc, Save As → Text CSV with " +
        "\"Edit filter settings\" ticked and the character set \"Unicode (UTF-8)\"; Google Sheets downloads CSV as UTF-8 already.";

    /// <summary>Decodes a spreadsheet export as strict UTF-8 (a BOM is fine). False for anything else, such as a
    /// Latin-1 or Windows-1252 file: decoding that leniently would turn every accented letter into "�".</summary>
    public static bool TryDecode(byte[] bytes, [NotNullWhen(true)] out string? text)
    {
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }

    private static Dictionary<string, int> MapColumns(string[] header)
    {
        var map = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var key = new string(header[i].Where(char.IsLetter).ToArray()).ToLowerInvariant();
            foreach (var (column, aliases) in Aliases)
            {
                if (aliases.Contains(key) && !map.ContainsKey(column))
                {
                    map[column] = i;
                }
            }
        }
        return map;
    }

    private sealed class RowValidator : AbstractValidator<RosterRow>
    {
        public RowValidator()
        {
            RuleFor(r => r.Name).NotEmpty().WithName("Name").WithMessage("Name is empty.")
                .MaximumLength(200).WithMessage("Name is longer than 200 characters.")
                .SingleLine().WithMessage(ControlCharacters("Name"));
            // One message per cell: an invisible character is named as such rather than also as a bad address.
            RuleFor(r => r.Email).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Email is empty.")
                .MaximumLength(256).WithMessage("Email is longer than 256 characters.")
                .SingleLine().WithMessage(ControlCharacters("Email"))
                .MailAddress().WithMessage(r => $"\"{r.Email}\" is not an email address.");
            RuleFor(r => r.Department).MaximumLength(200).WithMessage("Department is longer than 200 characters.")
                .SingleLine().WithMessage(ControlCharacters("Department"));
            RuleFor(r => r.JobTitle).MaximumLength(200).WithMessage("Job title is longer than 200 characters.")
                .SingleLine().WithMessage(ControlCharacters("Job title"));
            RuleFor(r => r.SupervisorName).MaximumLength(200).WithMessage("Supervisor name is longer than 200 characters.")
                .SingleLine().WithMessage(ControlCharacters("Supervisor name"));
            RuleFor(r => r.SupervisorEmail).Cascade(CascadeMode.Stop)
                .SingleLine().WithMessage(ControlCharacters("Supervisor email"))
                .MailAddress().WithMessage(r => $"\"{r.SupervisorEmail}\" is not an email address.");
            RuleFor(r => r.Location).MaximumLength(200).WithMessage("Location is longer than 200 characters.")
                .SingleLine().WithMessage(ControlCharacters("Location"));
        }

        // A quoted cell can hold a line break; in a name it would become a second line in mail and exports.
        private static string ControlCharacters(string column) =>
            $"{column} contains a line break, tab or invisible character. Keep it on one line of plain text.";
    }
}
