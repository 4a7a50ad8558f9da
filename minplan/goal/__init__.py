"""The goal exercise: the job catalogue, the education branch, the sketch and its goal ladder."""
