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
	subject := lisette.Tuple2[lisette.Option[Dir], bool]{First: d, Second: braking}
	if subject.Second {
		return "brake"
	}
	if subject.First.Tag == lisette.OptionNone {
		return "straight"
	}
	if subject.First.SomeVal.Tag == DirLeft {
		return "left"
	}
	return "right"
}

func main() {
	fmt.Println(steer(lisette.MakeOptionSome[Dir](Dir{Tag: DirLeft}), false), steer(lisette.MakeOptionSome[Dir](Dir{Tag: DirRight}), true), steer(lisette.MakeOptionNone[Dir](), false), steer(lisette.MakeOptionSome[Dir](Dir{Tag: DirRight}), false))
}
