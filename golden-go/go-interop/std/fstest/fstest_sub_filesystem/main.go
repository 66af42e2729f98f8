package main

import (
	"fmt"
	"io/fs"
	lisette "lisette.dev/prelude"
	"testing/fstest"
	"time"
)

func file(text string) lisette.Option[*fstest.MapFile] {
	f := fstest.MapFile{Data: []byte(text), Mode: 0o644, ModTime: time.Unix(int64(0), int64(0)), Sys: struct{}{}}
	return lisette.MakeOptionSome[*fstest.MapFile](&f)
}

func main() {
	fsys := fstest.MapFS(lisette.MapConvert(lisette.MapFrom([]lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "static/css/site.css", Second: file("body{}")}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "static/index.html", Second: file("<h1>hi</h1>")}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "server.go", Second: file("package main")}}), func(x lisette.Option[*fstest.MapFile]) *fstest.MapFile {
		return lisette.Nilable(x)
	}))
	subject := lisette.ResultOf(fs.Sub(fsys, "static"))
	if subject.Tag == lisette.ResultOk {
		sub := subject.OkVal
		subject2 := lisette.ResultOf(fs.ReadFile(sub, "index.html"))
		if subject2.Tag == lisette.ResultOk {
			data := subject2.OkVal
			fmt.Println("index:", string(data))
		} else {
			e := subject2.ErrVal
			fmt.Println(e)
		}
		subject3 := lisette.ResultOf(fs.ReadFile(sub, "server.go"))
		if subject3.Tag == lisette.ResultOk {
			fmt.Println("escaped the sub tree?")
		} else {
			fmt.Println("server.go not visible")
		}
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	for _, name := range []string{"a/b.txt", "/abs", "../up", "a//b", "."} {
		fmt.Printf("%v: %v\n", name, fs.ValidPath(name))
	}
}
