using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AvoidListAndTrainingRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MentorTrainingRequired",
                table: "Programs",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "MenteeRequestAvoid",
                columns: table => new
                {
                    MenteeRequestId = table.Column<int>(type: "integer", nullable: false),
                    StaffMemberId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MenteeRequestAvoid", x => new { x.MenteeRequestId, x.StaffMemberId });
                    table.ForeignKey(
                        name: "FK_MenteeRequestAvoid_MenteeRequests_MenteeRequestId",
                        column: x => x.MenteeRequestId,
                        principalTable: "MenteeRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MenteeRequestAvoid_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MenteeRequestAvoid_StaffMemberId",
                table: "MenteeRequestAvoid",
                column: "StaffMemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MenteeRequestAvoid");

            migrationBuilder.DropColumn(
                name: "MentorTrainingRequired",
                table: "Programs");
        }
    }
}
