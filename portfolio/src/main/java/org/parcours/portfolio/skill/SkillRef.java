package org.parcours.portfolio.skill;

/** A skill named by a client: only its referential and code are trusted, never a label. */
public record SkillRef(Referential referential, String code) {}
