package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ModeTag int

const (
	ModeRead ModeTag = iota
	ModeWrite
	ModeAppend
)

type Mode struct {
	Tag ModeTag
}

func (v Mode) String() string {
	switch v.Tag {
	case ModeRead:
		return "Mode.Read"
	case ModeWrite:
		return "Mode.Write"
	}
	return "Mode.Append"
}

type OpenFile struct {
	path string
	mode Mode
}

func (v OpenFile) String() string {
	return "OpenFile { path: " + lisette.FormatValue(v.path) + ", mode: " + lisette.FormatValue(v.mode) + " }"
}

func can_write(f OpenFile) bool {
	if f.mode.Tag == ModeRead {
		return false
	}
	return true
}

func main() {
	log := OpenFile{path: "app.log", mode: Mode{Tag: ModeAppend}}
	cfg := OpenFile{path: "app.toml", mode: Mode{Tag: ModeRead}}
	fmt.Println(log.path, can_write(log))
	fmt.Println(cfg.path, can_write(cfg))
}
