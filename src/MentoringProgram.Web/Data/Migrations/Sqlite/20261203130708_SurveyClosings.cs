using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyClosings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SurveyClosings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyClosings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyClosings_ProgramCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "ProgramCycles",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SurveyClosings_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyClosings_CycleId",
                table: "SurveyClosings",
                column: "CycleId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyClosings_SurveyId_CycleId",
                table: "SurveyClosings",
                columns: new[] { "SurveyId", "CycleId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyClosings");
        }
    }
}
