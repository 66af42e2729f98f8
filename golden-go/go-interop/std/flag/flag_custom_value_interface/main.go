package main

import (
	"flag"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type TagList struct {
	tags []string
}

func (v TagList) GoString() string {
	return "TagList { tags: " + lisette.FormatValue(v.tags) + " }"
}

func (self *TagList) String() string {
	return strings.Join(self.tags, ",")
}

func (self *TagList) Set_(value string) lisette.Result[struct{}, error] {
	if value == "" {
		return lisette.MakeResultErr[struct{}, error](fmt.Errorf("empty tag"))
	}
	self.tags = append(self.tags, strings.ToLower(value))
	return lisette.MakeResultOk[struct{}, error](struct{}{})
}

func (self *TagList) Set(p0 string) error {
	return lisette.ResultToGoErr(self.Set_(p0))
}

func main() {
	tags := TagList{tags: []string{}}
	fs := flag.NewFlagSet("tagger", flag.ContinueOnError)
	fs.Var(&tags, "tag", "add a tag (repeatable)")
	subject := lisette.ResultOfErr(fs.Parse([]string{"-tag", "Go", "-tag=LIS", "-tag", "web", "file.txt"}))
	if subject.Tag == lisette.ResultOk {
		fmt.Println("tags:", tags.String(), "args:", fs.Args())
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	fs2 := flag.NewFlagSet("tagger", flag.ContinueOnError)
	other := TagList{tags: []string{}}
	fs2.Var(&other, "tag", "add a tag")
	subject2 := lisette.ResultOfErr(fs2.Parse([]string{"-tag="}))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println("accepted empty?")
	} else {
		e := subject2.ErrVal
		fmt.Println("error:", e)
	}
}
