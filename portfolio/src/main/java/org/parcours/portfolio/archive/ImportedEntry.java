package org.parcours.portfolio.archive;

import java.time.OffsetDateTime;
import java.util.List;
import org.parcours.portfolio.experience.ExperienceDraft;
import org.parcours.portfolio.skill.SkillTag;
import org.parcours.portfolio.training.TrainingDraft;

/** One entry read from a manifest and checked: exactly one of the drafts is present. */
record ImportedEntry(
    String originalId,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    List<SkillTag> skills,
    ExperienceDraft experience,
    TrainingDraft training) {}
