package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type SourceTag int

const (
	SourceFile SourceTag = iota
	SourceMemory
)

type Source struct {
	Tag  SourceTag
	File string
}

func (v Source) String() string {
	switch v.Tag {
	case SourceFile:
		return "Source.File(" + lisette.FormatValue(v.File) + ")"
	}
	return "Source.Memory"
}

func read(src Source) int {
	if src.Tag == SourceFile {
		path := src.File
		fmt.Println("open", path)
		defer fmt.Println("close", path)
	} else {
		fmt.Println("nothing to open")
	}
	fmt.Println("reading")
	return 7
}

func main() {
	fmt.Println(read(Source{Tag: SourceFile, File: "a.txt"}))
	fmt.Println(read(Source{Tag: SourceMemory}))
}
