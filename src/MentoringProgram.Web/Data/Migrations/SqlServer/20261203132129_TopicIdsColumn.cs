using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TopicIdsColumn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TopicIds",
                table: "MentorVolunteers",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TopicIds",
                table: "MenteeRequests",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            // Existing requests and offers take their topics from the join rows (ADR 0024).
            migrationBuilder.Sql(@"UPDATE [MenteeRequests] SET [TopicIds] = COALESCE((SELECT STRING_AGG(CAST(j.[TopicId] AS nvarchar(12)), ',') WITHIN GROUP (ORDER BY j.[TopicId]) FROM [MenteeRequestTopic] AS j WHERE j.[MenteeRequestId] = [MenteeRequests].[Id]), N'');");
            migrationBuilder.Sql(@"UPDATE [MentorVolunteers] SET [TopicIds] = COALESCE((SELECT STRING_AGG(CAST(j.[TopicId] AS nvarchar(12)), ',') WITHIN GROUP (ORDER BY j.[TopicId]) FROM [MentorVolunteerTopic] AS j WHERE j.[MentorVolunteerId] = [MentorVolunteers].[Id]), N'');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TopicIds",
                table: "MentorVolunteers");

            migrationBuilder.DropColumn(
                name: "TopicIds",
                table: "MenteeRequests");
        }
    }
}
