using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WipEnding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RematchSince",
                table: "MenteeRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EarlyCheckAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PairingId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reply = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EarlyCheckAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EarlyCheckAnswers_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EarlyCheckAnswers_StaffMembers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PairingEndRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PairingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedByStaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CoordinatorWord = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairingEndRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PairingEndRequests_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PairingEndRequests_StaffMembers_RequestedByStaffId",
                        column: x => x.RequestedByStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EarlyCheckAnswers_PairingId_StaffId",
                table: "EarlyCheckAnswers",
                columns: new[] { "PairingId", "StaffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EarlyCheckAnswers_StaffId",
                table: "EarlyCheckAnswers",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_PairingEndRequests_PairingId",
                table: "PairingEndRequests",
                column: "PairingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PairingEndRequests_RequestedByStaffId",
                table: "PairingEndRequests",
                column: "RequestedByStaffId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EarlyCheckAnswers");

            migrationBuilder.DropTable(
                name: "PairingEndRequests");

            migrationBuilder.DropColumn(
                name: "RematchSince",
                table: "MenteeRequests");
        }
    }
}
