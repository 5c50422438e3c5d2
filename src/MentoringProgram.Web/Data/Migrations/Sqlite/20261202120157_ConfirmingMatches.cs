using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConfirmingMatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Pairings_MenteeRequestId",
                table: "Pairings");

            migrationBuilder.AddColumn<string>(
                name: "IntroductionNote",
                table: "Pairings",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlacesTaken",
                table: "MentorVolunteers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_OneLivePerRequest",
                table: "Pairings",
                column: "MenteeRequestId",
                unique: true,
                filter: "\"Status\" IN (0, 1)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Pairings_OneLivePerRequest",
                table: "Pairings");

            migrationBuilder.DropColumn(
                name: "IntroductionNote",
                table: "Pairings");

            migrationBuilder.DropColumn(
                name: "PlacesTaken",
                table: "MentorVolunteers");

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_MenteeRequestId",
                table: "Pairings",
                column: "MenteeRequestId");
        }
    }
}
