package main

import (
	"errors"
	"fmt"
	"io/fs"
	lisette "lisette.dev/prelude"
	"testing/fstest"
	"time"
)

func file(text string) lisette.Option[*fstest.MapFile] {
	f := fstest.MapFile{Data: []byte(text), Mode: 0o644, ModTime: time.Date(2024, time.May, 1, 12, 0, 0, 0, time.UTC), Sys: struct{}{}}
	return lisette.MakeOptionSome[*fstest.MapFile](&f)
}

func main() {
	fsys := fstest.MapFS(lisette.MapConvert(lisette.MapFrom([]lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "config/app.toml", Second: file("name = \"demo\"\n")}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "README.md", Second: file("# Demo\n")}}), func(x lisette.Option[*fstest.MapFile]) *fstest.MapFile {
		return lisette.Nilable(x)
	}))
	subject := lisette.ResultOf(fs.ReadFile(fsys, "config/app.toml"))
	if subject.Tag == lisette.ResultOk {
		data := subject.OkVal
		fmt.Print(string(data))
	} else {
		e := subject.ErrVal
		fmt.Println("error:", e)
	}
	subject2 := lisette.ResultOf(fs.ReadFile(fsys, "config/missing.toml"))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println("found?")
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
		fmt.Println("not exist:", errors.Is(e, fs.ErrNotExist))
	}
}
