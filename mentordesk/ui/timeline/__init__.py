"""The System Archeology timeline: a QGraphicsView of lanes, eras, events and their causes."""
