/**
 * Word documents written directly as WordprocessingML, in the layout of a 公文.
 *
 * <p>Uses: none.
 */
package cn.taizhang.platform.docx;
