package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type SourceTag int

const (
	SourceFile SourceTag = iota
	SourceUrl
	SourceStdin
)

type Source struct {
	Tag  SourceTag
	File string
	Url0 string
	Url1 int
}

func (v Source) String() string {
	switch v.Tag {
	case SourceFile:
		return "Source.File(" + lisette.FormatValue(v.File) + ")"
	case SourceUrl:
		return "Source.Url(" + lisette.FormatValue(v.Url0) + ", " + lisette.FormatValue(v.Url1) + ")"
	}
	return "Source.Stdin"
}

func describe(s Source) string {
	if s.Tag == SourceFile {
		path := s.File
		return fmt.Sprintf("reading %v", path)
	}
	if s.Tag == SourceUrl {
		host := s.Url0
		port := s.Url1
		return fmt.Sprintf("fetching %v:%v", host, port)
	}
	return "reading standard input"
}

func main() {
	fmt.Println(describe(Source{Tag: SourceUrl, Url0: "example.org", Url1: 443}))
	fmt.Println(describe(Source{Tag: SourceFile, File: "notes.txt"}))
	fmt.Println(describe(Source{Tag: SourceStdin}))
}
