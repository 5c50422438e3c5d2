using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MissionSeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AvailabilityNotes",
                table: "StaffMembers",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChecklistTemplate",
                table: "Programs",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MatchWeights",
                table: "Programs",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "{\"sharedTopics\":5,\"outsideDepartment\":3,\"contactMethods\":2,\"experience\":2,\"spreadLoad\":1}");

            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "Programs",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "UTC");

            migrationBuilder.CreateTable(
                name: "PairingAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PairingId = table.Column<int>(type: "int", nullable: false),
                    Goals = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    MeetingFrequency = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Confidentiality = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    MenteeAcceptedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    MentorAcceptedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairingAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PairingAgreements_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgramRoleAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Role = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramRoleAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgramRoleAssignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgramRoleAssignments_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignedLinkNonces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedLinkNonces", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PairingAgreements_PairingId",
                table: "PairingAgreements",
                column: "PairingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramRoleAssignments_ProgramId_UserId_Role",
                table: "ProgramRoleAssignments",
                columns: new[] { "ProgramId", "UserId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramRoleAssignments_UserId",
                table: "ProgramRoleAssignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedLinkNonces_ExpiresAt",
                table: "SignedLinkNonces",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PairingAgreements");

            migrationBuilder.DropTable(
                name: "ProgramRoleAssignments");

            migrationBuilder.DropTable(
                name: "SignedLinkNonces");

            migrationBuilder.DropColumn(
                name: "AvailabilityNotes",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "ChecklistTemplate",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "MatchWeights",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "TimeZoneId",
                table: "Programs");
        }
    }
}
