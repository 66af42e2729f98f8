package main

import (
	"fmt"
	"io/fs"
	lisette "lisette.dev/prelude"
	"testing/fstest"
	"time"
)

func main() {
	stamp := time.Date(2024, time.April, 2, 10, 0, 0, 0, time.UTC)
	readme := fstest.MapFile{Data: []byte("hello"), Mode: 0o644, ModTime: stamp, Sys: struct{}{}}
	tool := fstest.MapFile{Data: []byte("#!/bin/sh"), Mode: 0o755, ModTime: stamp, Sys: struct{}{}}
	fsys := fstest.MapFS(lisette.MapConvert(lisette.MapFrom([]lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "README", Second: lisette.MakeOptionSome[*fstest.MapFile](&readme)}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "bin/tool", Second: lisette.MakeOptionSome[*fstest.MapFile](&tool)}}), func(x lisette.Option[*fstest.MapFile]) *fstest.MapFile {
		return lisette.Nilable(x)
	}))
	subject := lisette.ResultOf(fs.Stat(fsys, "README"))
	if subject.Tag == lisette.ResultOk {
		info := subject.OkVal
		fmt.Println(fs.FormatFileInfo(info))
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	subject2 := lisette.ResultOf(fs.ReadDir(fsys, "."))
	if subject2.Tag == lisette.ResultOk {
		entries := subject2.OkVal
		for _, e := range entries {
			fmt.Println(fs.FormatDirEntry(e))
		}
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
}
