// Grades this exercise when you run `npm test exercises/12`. You do not need to edit this file.
import { gradeInVitest } from "../../graders/frontends/vitest.ts";

gradeInVitest("12");
