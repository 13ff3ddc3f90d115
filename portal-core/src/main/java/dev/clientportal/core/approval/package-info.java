/**
 * Deliverable approvals: deliverables with immutable, content-hashed versions; approval requests addressed to a
 * client's approvers (all or any must approve); decisions with evidence; revision rounds counted against what the
 * deliverable includes, with extra rounds flagged or billed; and milestone invoices issued once on approval.
 */
@NullMarked
package dev.clientportal.core.approval;

import org.jspecify.annotations.NullMarked;
