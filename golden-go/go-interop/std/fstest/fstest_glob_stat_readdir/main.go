package main

import (
	"fmt"
	"io/fs"
	lisette "lisette.dev/prelude"
	"strings"
	"testing/fstest"
	"time"
)

func file(size int) lisette.Option[*fstest.MapFile] {
	f := fstest.MapFile{Data: []byte(strings.Repeat("x", size)), Mode: 0o644, ModTime: time.Unix(int64(0), int64(0)), Sys: struct{}{}}
	return lisette.MakeOptionSome[*fstest.MapFile](&f)
}

func main() {
	fsys := fstest.MapFS(lisette.MapConvert(lisette.MapFrom([]lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "logs/app.log", Second: file(120)}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "logs/db.log", Second: file(40)}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "logs/old/2023.log", Second: file(7)}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "notes.txt", Second: file(3)}}), func(x lisette.Option[*fstest.MapFile]) *fstest.MapFile {
		return lisette.Nilable(x)
	}))
	subject := lisette.ResultOf(fs.Glob(fsys, "logs/*.log"))
	if subject.Tag == lisette.ResultOk {
		names := subject.OkVal
		fmt.Println("glob:", names)
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	subject2 := lisette.ResultOf(fs.Stat(fsys, "logs/app.log"))
	if subject2.Tag == lisette.ResultOk {
		info := subject2.OkVal
		fmt.Println(info.Name(), info.Size(), info.IsDir())
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	subject3 := lisette.ResultOf(fs.Stat(fsys, "logs"))
	if subject3.Tag == lisette.ResultOk {
		info := subject3.OkVal
		fmt.Println(info.Name(), "is dir:", info.IsDir())
	} else {
		e := subject3.ErrVal
		fmt.Println(e)
	}
	subject4 := lisette.ResultOf(fs.ReadDir(fsys, "logs"))
	if subject4.Tag == lisette.ResultOk {
		entries := subject4.OkVal
		names := lisette.SliceMap(entries, func(e fs.DirEntry) string {
			return e.Name()
		})
		fmt.Println("entries:", names)
	} else {
		e := subject4.ErrVal
		fmt.Println(e)
	}
	subject5 := lisette.ResultOf(fs.Glob(fsys, "["))
	if subject5.Tag == lisette.ResultOk {
		names := subject5.OkVal
		fmt.Println(names)
	} else {
		e := subject5.ErrVal
		fmt.Println("bad pattern:", e)
	}
}
