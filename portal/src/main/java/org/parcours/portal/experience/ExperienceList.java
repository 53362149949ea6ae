package org.parcours.portal.experience;

import java.util.List;

/** The worker's experiences, most recent start first. An object, so it can grow paging later. */
public record ExperienceList(List<ExperienceView> experiences) {}
