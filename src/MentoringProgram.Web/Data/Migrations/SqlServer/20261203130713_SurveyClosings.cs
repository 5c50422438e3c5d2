using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.SqlServer
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SurveyId = table.Column<int>(type: "int", nullable: false),
                    CycleId = table.Column<int>(type: "int", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClosedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
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
