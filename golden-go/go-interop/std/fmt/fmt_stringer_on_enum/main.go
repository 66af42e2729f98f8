package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type LevelTag int

const (
	LevelDebug LevelTag = iota
	LevelWarn
	LevelFatal
)

type Level struct {
	Tag   LevelTag
	Fatal int
}

func (v Level) GoString() string {
	switch v.Tag {
	case LevelDebug:
		return "Level.Debug"
	case LevelWarn:
		return "Level.Warn"
	}
	return "Level.Fatal(" + lisette.FormatValue(v.Fatal) + ")"
}

func (self Level) String() string {
	switch self.Tag {
	case LevelDebug:
		return "DEBUG"
	case LevelWarn:
		return "WARN"
	case LevelFatal:
		code := self.Fatal
		return fmt.Sprintf("FATAL(%d)", code)
	}
	panic("unreachable")
}

func main() {
	levels := []Level{Level{Tag: LevelDebug}, Level{Tag: LevelFatal, Fatal: 3}, Level{Tag: LevelWarn}}
	for _, l := range levels {
		fmt.Println(l)
	}
	fmt.Println(fmt.Sprintf("[%s] [%v]", Level{Tag: LevelWarn}, Level{Tag: LevelFatal, Fatal: 1}))
	e := fmt.Errorf("stopped at %v", Level{Tag: LevelFatal, Fatal: 9})
	fmt.Println(e)
}
