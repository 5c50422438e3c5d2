using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CoordinatorListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MentorVolunteers_Status",
                table: "MentorVolunteers");

            migrationBuilder.DropIndex(
                name: "IX_MenteeRequests_Status",
                table: "MenteeRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MentorVolunteers_CycleId_Status_SubmittedAt_Id",
                table: "MentorVolunteers",
                columns: new[] { "CycleId", "Status", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MenteeRequests_CycleId_Status_SubmittedAt_Id",
                table: "MenteeRequests",
                columns: new[] { "CycleId", "Status", "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MentorVolunteers_CycleId_Status_SubmittedAt_Id",
                table: "MentorVolunteers");

            migrationBuilder.DropIndex(
                name: "IX_MenteeRequests_CycleId_Status_SubmittedAt_Id",
                table: "MenteeRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MentorVolunteers_Status",
                table: "MentorVolunteers",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_MenteeRequests_Status",
                table: "MenteeRequests",
                column: "Status");
        }
    }
}
