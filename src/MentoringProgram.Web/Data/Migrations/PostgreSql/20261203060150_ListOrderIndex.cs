using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.PostgreSql
{
    /// <summary>
    /// The coordinator's request list puts requests returned for rematch first within a status, ordering by
    /// "RematchSince IS NULL". No column index serves that order, so every page sorted the cycle's waiting requests
    /// (1,221 rows in the benchmark pool) in a temporary B-tree. An index on the expression serves it: written by hand,
    /// since EF Core's model has no expression indexes (issue 12; see ADR 0009). SQL Server has none either and keeps
    /// the column index.
    /// </summary>
    public partial class ListOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE INDEX \"IX_MenteeRequests_WaitingOrder\" ON \"MenteeRequests\" (\"CycleId\", \"Status\", (\"RematchSince\" IS NULL), \"SubmittedAt\", \"Id\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_MenteeRequests_WaitingOrder\";");
        }
    }
}
