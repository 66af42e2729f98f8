package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type DirTag int

const (
	DirLeft DirTag = iota
	DirRight
)

type Dir struct {
	Tag DirTag
}

func (v Dir) String() string {
	switch v.Tag {
	case DirLeft:
		return "Dir.Left"
	}
	return "Dir.Right"
}

func steer(d lisette.Option[Dir], braking bool) string {
	if braking {
		return "brake"
	}
	if d.Tag == lisette.OptionNone {
		return "straight"
	}
	if d.SomeVal.Tag == DirLeft {
		return "left"
	}
	return "right"
}

func main() {
	fmt.Println(steer(lisette.MakeOptionSome[Dir](Dir{Tag: DirLeft}), false), steer(lisette.MakeOptionSome[Dir](Dir{Tag: DirRight}), true), steer(lisette.MakeOptionNone[Dir](), false), steer(lisette.MakeOptionSome[Dir](Dir{Tag: DirRight}), false))
}
