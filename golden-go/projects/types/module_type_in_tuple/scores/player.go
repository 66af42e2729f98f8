package scores

import lisette "lisette.dev/prelude"

type Player struct {
	Nick  string
	Level int
}

func (v Player) String() string {
	return "Player { nick: " + lisette.FormatValue(v.Nick) + ", level: " + lisette.FormatValue(v.Level) + " }"
}
