using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MatchingConfirmedAndBulk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Pairings_MenteeRequestId",
                table: "Pairings");

            migrationBuilder.AddColumn<bool>(
                name: "MentorTrainingRequired",
                table: "Programs",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "IntroductionNote",
                table: "Pairings",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlacesTaken",
                table: "MentorVolunteers",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "MatchRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CycleId = table.Column<int>(type: "int", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    SpreadTheLoad = table.Column<bool>(type: "bit", nullable: false),
                    TotalScore = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchRuns_ProgramCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "ProgramCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MenteeRequestAvoid",
                columns: table => new
                {
                    MenteeRequestId = table.Column<int>(type: "int", nullable: false),
                    StaffMemberId = table.Column<int>(type: "int", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "MatchRunRow",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MatchRunId = table.Column<int>(type: "int", nullable: false),
                    MenteeRequestId = table.Column<int>(type: "int", nullable: false),
                    MentorVolunteerId = table.Column<int>(type: "int", nullable: true),
                    Score = table.Column<int>(type: "int", nullable: false),
                    Reasons = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    UnmatchedReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Accepted = table.Column<bool>(type: "bit", nullable: false),
                    Locked = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchRunRow", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchRunRow_MatchRuns_MatchRunId",
                        column: x => x.MatchRunId,
                        principalTable: "MatchRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchRunRow_MenteeRequests_MenteeRequestId",
                        column: x => x.MenteeRequestId,
                        principalTable: "MenteeRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MatchRunRow_MentorVolunteers_MentorVolunteerId",
                        column: x => x.MentorVolunteerId,
                        principalTable: "MentorVolunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_OneLivePerRequest",
                table: "Pairings",
                column: "MenteeRequestId",
                unique: true,
                filter: "\"Status\" IN (0, 1)");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRunRow_MatchRunId",
                table: "MatchRunRow",
                column: "MatchRunId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRunRow_MenteeRequestId",
                table: "MatchRunRow",
                column: "MenteeRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRunRow_MentorVolunteerId",
                table: "MatchRunRow",
                column: "MentorVolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRuns_CycleId_Id",
                table: "MatchRuns",
                columns: new[] { "CycleId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MenteeRequestAvoid_StaffMemberId",
                table: "MenteeRequestAvoid",
                column: "StaffMemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchRunRow");

            migrationBuilder.DropTable(
                name: "MenteeRequestAvoid");

            migrationBuilder.DropTable(
                name: "MatchRuns");

            migrationBuilder.DropIndex(
                name: "IX_Pairings_OneLivePerRequest",
                table: "Pairings");

            migrationBuilder.DropColumn(
                name: "MentorTrainingRequired",
                table: "Programs");

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
