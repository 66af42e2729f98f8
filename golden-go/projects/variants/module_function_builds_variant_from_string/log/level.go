package log

import (
	lisette "lisette.dev/prelude"
	"strings"
)

type LevelTag int

const (
	LevelDebug LevelTag = iota
	LevelInfo
	LevelWarn
)

type Level struct {
	Tag  LevelTag
	Code int
}

func (v Level) String() string {
	switch v.Tag {
	case LevelDebug:
		return "Level.Debug"
	case LevelInfo:
		return "Level.Info"
	}
	return "Level.Warn { code: " + lisette.FormatValue(v.Code) + " }"
}

func Parse(s string) lisette.Option[Level] {
	if s == "debug" {
		return lisette.MakeOptionSome[Level](Level{Tag: LevelDebug})
	} else if s == "info" {
		return lisette.MakeOptionSome[Level](Level{Tag: LevelInfo})
	} else if strings.HasPrefix(s, "warn") {
		return lisette.MakeOptionSome[Level](Level{Tag: LevelWarn, Code: len(s)})
	} else {
		return lisette.MakeOptionNone[Level]()
	}
}
