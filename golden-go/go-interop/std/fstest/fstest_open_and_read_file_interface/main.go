package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"testing/fstest"
	"time"
)

func main() {
	entry := fstest.MapFile{Data: []byte("hello, fs"), Mode: 0o600, ModTime: time.Date(2023, time.December, 24, 18, 30, 0, 0, time.UTC), Sys: struct{}{}}
	fsys := fstest.MapFS(lisette.MapConvert(lisette.MapFrom([]lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "greeting.txt", Second: lisette.MakeOptionSome[*fstest.MapFile](&entry)}}), func(x lisette.Option[*fstest.MapFile]) *fstest.MapFile {
		return lisette.Nilable(x)
	}))
	subject := lisette.ResultOf(fsys.Open("greeting.txt"))
	if subject.Tag == lisette.ResultOk {
		f := subject.OkVal
		subject2 := lisette.ResultOf(f.Stat())
		if subject2.Tag == lisette.ResultOk {
			info := subject2.OkVal
			fmt.Println("size:", info.Size(), "mode:", info.Mode())
			fmt.Println("modified:", info.ModTime().Format("2006-01-02 15:04"))
		} else {
			e := subject2.ErrVal
			fmt.Println(e)
		}
		subject3 := lisette.PartialOf(io.ReadAll(f))
		switch subject3.Tag {
		case lisette.PartialOk:
			data := subject3.OkVal
			fmt.Println("content:", string(data))
		case lisette.PartialBoth:
			e := subject3.ErrVal
			fmt.Println(e)
		case lisette.PartialErr:
			e := subject3.ErrVal
			fmt.Println(e)
		}
		subject4 := lisette.ResultOfErr(f.Close())
		if subject4.Tag == lisette.ResultOk {
			fmt.Println("closed")
		} else {
			e := subject4.ErrVal
			fmt.Println(e)
		}
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
