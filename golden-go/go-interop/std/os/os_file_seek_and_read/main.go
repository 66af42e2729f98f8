package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"os"
	"path/filepath"
)

func main() {
	var dir string
	subject := lisette.ResultOf(os.MkdirTemp("", "lis-b-seek-*"))
	if subject.Tag != lisette.ResultOk {
		return
	}
	d := subject.OkVal
	dir = d
	path := filepath.Join(dir, "digits.txt")
	_ = os.WriteFile(path, []byte("0123456789"), 0o644)
	subject2 := lisette.ResultOfPtr(os.Open(path))
	if subject2.Tag == lisette.ResultOk {
		f := subject2.OkVal
		buf := []byte{0, 0, 0, 0}
		subject3 := lisette.ResultOf(f.Seek(int64(6), io.SeekStart))
		if subject3.Tag == lisette.ResultOk {
			pos := subject3.OkVal
			fmt.Println("at", pos)
		} else {
			e := subject3.ErrVal
			fmt.Println(e)
		}
		subject4 := lisette.PartialOf(f.Read(buf))
		switch subject4.Tag {
		case lisette.PartialOk:
			n := subject4.OkVal
			fmt.Println("read", n, string(buf[0:n:n]))
		case lisette.PartialBoth:
			n := subject4.OkVal
			e := subject4.ErrVal
			fmt.Println("both", n, e)
		case lisette.PartialErr:
			e := subject4.ErrVal
			fmt.Println("err", e)
		}
		subject5 := lisette.PartialOf(f.Read(buf))
		switch subject5.Tag {
		case lisette.PartialOk:
			n := subject5.OkVal
			fmt.Println("read", n)
		case lisette.PartialBoth:
			n := subject5.OkVal
			e := subject5.ErrVal
			fmt.Println("both", n, e)
		case lisette.PartialErr:
			e := subject5.ErrVal
			fmt.Println("at end:", e == io.EOF)
		}
		_ = f.Close()
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	_ = os.RemoveAll(dir)
}
