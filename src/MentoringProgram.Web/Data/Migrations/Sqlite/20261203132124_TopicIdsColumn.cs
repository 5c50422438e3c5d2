using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TopicIds",
                table: "MenteeRequests",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            // Existing requests and offers take their topics from the join rows (ADR 0024).
            migrationBuilder.Sql(@"UPDATE ""MenteeRequests"" SET ""TopicIds"" = COALESCE((SELECT group_concat(""TopicId"", ',') FROM (SELECT ""TopicId"" FROM ""MenteeRequestTopic"" WHERE ""MenteeRequestTopic"".""MenteeRequestId"" = ""MenteeRequests"".""Id"" ORDER BY ""TopicId"")), '');");
            migrationBuilder.Sql(@"UPDATE ""MentorVolunteers"" SET ""TopicIds"" = COALESCE((SELECT group_concat(""TopicId"", ',') FROM (SELECT ""TopicId"" FROM ""MentorVolunteerTopic"" WHERE ""MentorVolunteerTopic"".""MentorVolunteerId"" = ""MentorVolunteers"".""Id"" ORDER BY ""TopicId"")), '');");
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
