using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatusIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_MentorVolunteers_Status",
                table: "MentorVolunteers",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_MenteeRequests_Status",
                table: "MenteeRequests",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MentorVolunteers_Status",
                table: "MentorVolunteers");

            migrationBuilder.DropIndex(
                name: "IX_MenteeRequests_Status",
                table: "MenteeRequests");
        }
    }
}
