using System.Globalization;
using System.Text;
using CsvHelper;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>Writes CSV a spreadsheet opens safely: a cell that starts like a formula (=, +, -, @, tab, CR)
/// is prefixed with an apostrophe so a name can never run as a formula (ASVS V1.2.10).</summary>
public static class CsvExport
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralize(string? value) =>
        string.IsNullOrEmpty(value) ? "" : FormulaStarts.Contains(value[0]) ? "'" + value : value;

    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var column in header)
            {
                csv.WriteField(column);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(Neutralize(cell));
                }
                csv.NextRecord();
            }
        }
        // A byte-order mark so spreadsheet programs read names with accents correctly.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
