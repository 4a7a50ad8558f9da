"""The live class pages: the teacher's board and the participant's phone."""
