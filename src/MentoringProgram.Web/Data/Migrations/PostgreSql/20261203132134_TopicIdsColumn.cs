using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.PostgreSql
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
                type: "character varying(450)",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TopicIds",
                table: "MenteeRequests",
                type: "character varying(450)",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            // Existing requests and offers take their topics from the join rows (ADR 0024).
            migrationBuilder.Sql(@"UPDATE ""MenteeRequests"" SET ""TopicIds"" = COALESCE((SELECT string_agg(j.""TopicId""::text, ',' ORDER BY j.""TopicId"") FROM ""MenteeRequestTopic"" AS j WHERE j.""MenteeRequestId"" = ""MenteeRequests"".""Id""), '');");
            migrationBuilder.Sql(@"UPDATE ""MentorVolunteers"" SET ""TopicIds"" = COALESCE((SELECT string_agg(j.""TopicId""::text, ',' ORDER BY j.""TopicId"") FROM ""MentorVolunteerTopic"" AS j WHERE j.""MentorVolunteerId"" = ""MentorVolunteers"".""Id""), '');");
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
